package org.freqbias.app.chart;

import java.util.List;

/**
 * A set of charts drawn from one run's {@link ChartData}: the controller of a charts FXML
 * ({@link ChartBoard} for 1D runs, {@link PlaneChartBoard} for 2D ones: the pictures differ, the
 * data do not). Used by the window and, never shown, by the headless exporter.
 */
public abstract class Board {

    /** The charts in export order. */
    public abstract List<ChartFrame> charts();

    public final void render(ChartData data) {
        for (ChartFrame c : charts()) {
            c.render(data);
        }
    }

    public final void setActions(ChartActions actions) {
        charts().forEach(c -> c.setActions(actions));
    }
}
