package org.freqbias.app.chart;

import java.util.List;

/**
 * A set of charts drawn from one data value: the controller of a charts FXML ({@link ChartBoard}
 * in 1D, {@link PlaneChartBoard} in 2D). Used by the window and, never shown, by the headless
 * exporter.
 *
 * @param <D> the data the charts draw
 */
public abstract class Board<D extends RunSeries> {

    /** The charts in export order. */
    public abstract List<ChartFrame<? super D>> charts();

    public final void render(D data) {
        for (ChartFrame<? super D> c : charts()) {
            c.render(data);
        }
    }

    public final void setActions(ChartActions actions) {
        charts().forEach(c -> c.setActions(actions));
    }
}
