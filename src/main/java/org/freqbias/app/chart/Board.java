package org.freqbias.app.chart;

import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * A set of charts drawn from one run's {@link ChartData}: the controller of a charts FXML
 * ({@link ChartBoard} for 1D runs, {@link PlaneChartBoard} for 2D ones: the pictures differ, the
 * data do not). Used by the window and, never shown, by the headless exporter.
 */
public abstract class Board {

    /** The data the window shows, once every chart has caught up with it. */
    private ChartData shown;
    /** The chart to look at first in the next frame: charts take turns. */
    private int next;
    /** Runs while a chart lags behind {@link #shown}, one chart per frame. */
    private AnimationTimer catchUp;

    /** The charts in export order. */
    public abstract List<ChartFrame> charts();

    /** Draws {@code data} on every chart at once (export, tests). */
    public final void render(ChartData data) {
        for (ChartFrame c : charts()) {
            c.render(data);
        }
    }

    /**
     * Shows {@code data} in the window: one chart is redrawn now, the others in the next frames,
     * one per frame in turn (a chart whose data did not change is skipped). Redrawing and painting
     * all charts in one frame took several frames' time on a loaded machine; this way no frame does
     * more than one chart's work, and the charts catch up within as many frames as there are charts.
     * FX thread.
     */
    public final void show(ChartData data) {
        shown = data;
        if (redrawNext()) {
            if (catchUp == null) {
                catchUp = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        if (!redrawNext()) {
                            stop();
                        }
                    }
                };
            }
            catchUp.start();
        }
    }

    /** True when every chart shows the data last {@link #show shown} (or nothing was shown yet). */
    public final boolean caughtUp() {
        return shown == null || charts().stream().allMatch(c -> c.shows(shown));
    }

    /** Redraws the next chart, in turn, that does not show {@link #shown}; false when all do. */
    private boolean redrawNext() {
        List<ChartFrame> charts = charts();
        for (int i = 0; i < charts.size(); i++) {
            int k = (next + i) % charts.size();
            if (!charts.get(k).shows(shown)) {
                charts.get(k).render(shown);
                next = (k + 1) % charts.size();
                return true;
            }
        }
        return false;
    }

    public final void setActions(ChartActions actions) {
        charts().forEach(c -> c.setActions(actions));
    }
}
