package org.freqbias.app.chart;

import java.util.List;

/**
 * A set of charts drawn from one {@link ChartView} (one run, or several compared): the controller
 * of a charts FXML ({@link ChartBoard} for 1D runs, {@link PlaneChartBoard} for 2D ones: the
 * pictures differ, the data do not). Used by the window and, never shown, by the headless exporter.
 */
public abstract class Board {

    /** The charts in export order. */
    public abstract List<ChartFrame> charts();

    public final void render(ChartView view) {
        for (ChartFrame c : charts()) {
            c.render(view);
        }
    }

    /** Draws {@code data} alone. */
    public final void render(ChartData data) {
        render(ChartView.single(data));
    }

    public final void setActions(ChartActions actions) {
        charts().forEach(c -> c.setActions(actions));
    }
}
