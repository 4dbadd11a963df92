package org.freqbias.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.XYChart;
import org.freqbias.app.chart.XyChartFrame;
import org.testfx.util.WaitForAsyncUtils;

/** Running code on the FX thread from a UI test, waiting for a condition, reading what a chart draws. */
final class Fx {

    static final int TIMEOUT_S = 30;

    private Fx() {
    }

    /** Runs {@code action} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** Runs {@code action} on the FX thread. */
    static void run(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** The (x, y) points of series {@code series} of {@code chart}, as drawn. */
    static double[][] points(XyChartFrame chart, int series) {
        List<XYChart.Data<Number, Number>> data = chart.drawnSeries().get(series).getData();
        double[][] out = new double[2][data.size()];
        for (int i = 0; i < data.size(); i++) {
            out[0][i] = data.get(i).getXValue().doubleValue();
            out[1][i] = data.get(i).getYValue().doubleValue();
        }
        return out;
    }

    /**
     * The index of {@code x} in the ascending {@code axis}, compared exactly: curves are thinned to the
     * plot's pixel columns by keeping some of their points as they are, so each point drawn sits on a
     * grid point. Fails when {@code x} is on none.
     */
    static int indexOn(double[] axis, double x) {
        int k = java.util.Arrays.binarySearch(axis, x);
        if (k < 0) {
            throw new AssertionError("drawn x = " + x + " is on no grid point");
        }
        return k;
    }

    /** The y values of series {@code series} of {@code chart}. */
    static List<Double> yValues(XyChartFrame chart, int series) {
        List<Double> out = new ArrayList<>();
        for (double y : points(chart, series)[1]) {
            out.add(y);
        }
        return out;
    }
}
