package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Circle;

/** Fills chart series from plain arrays, thinning dense data to about one min/max pair per column. */
final class Series {

    /** Most points drawn per series; more are thinned by min/max buckets. */
    static final int MAX_POINTS = 800;

    private Series() {
    }

    /**
     * Replaces the data of {@code series} with the finite points (x[i], y[i]), in one setAll. A
     * series left without points is also hidden: LineChart keeps drawing the last path of a series
     * whose points were all removed (a kernel flow switched off went on showing its old curve).
     */
    static void set(XYChart.Series<Number, Number> series, double[] x, double[] y) {
        List<XYChart.Data<Number, Number>> points = points(x, y, MAX_POINTS);
        series.getData().setAll(points);
        if (series.getNode() != null) {
            series.getNode().setVisible(!points.isEmpty());
        }
    }

    /** Empties {@code series} and hides its line (see {@link #set}). */
    static void clear(XYChart.Series<Number, Number> series) {
        set(series, new double[0], new double[0]);
    }

    /** Replaces the data with one dot per finite point; {@code hollow[i]} draws point i as a ring. */
    static void setDots(XYChart.Series<Number, Number> series, double[] x, double[] y, boolean[] hollow, String colour) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(x[i], y[i]);
                Circle dot = new Circle(3.2);
                dot.setStyle(hollow[i]
                        ? "-fx-fill: transparent; -fx-stroke: " + colour + "; -fx-stroke-width: 1.3;"
                        : "-fx-fill: " + colour + "; -fx-stroke: transparent;");
                d.setNode(dot);
                data.add(d);
            }
        }
        series.getData().setAll(data);
    }

    /**
     * The finite points of (x, y); when there are more than {@code max}, each bucket of
     * consecutive points keeps its minimum and maximum, in x order, so peaks survive thinning.
     */
    static List<XYChart.Data<Number, Number>> points(double[] x, double[] y, int max) {
        int n = Math.min(x.length, y.length);
        List<XYChart.Data<Number, Number>> out = new ArrayList<>(Math.min(n, max + 2));
        int buckets = Math.max(1, max / 2);
        if (n <= max) {
            for (int i = 0; i < n; i++) {
                add(out, x[i], y[i]);
            }
            return out;
        }
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * n / buckets);
            int to = (int) ((long) (b + 1) * n / buckets);
            int lo = -1;
            int hi = -1;
            for (int i = from; i < to; i++) {
                if (Double.isFinite(y[i])) {
                    lo = lo < 0 || y[i] < y[lo] ? i : lo;
                    hi = hi < 0 || y[i] > y[hi] ? i : hi;
                }
            }
            if (lo >= 0) {
                add(out, x[Math.min(lo, hi)], y[Math.min(lo, hi)]);
                if (lo != hi) {
                    add(out, x[Math.max(lo, hi)], y[Math.max(lo, hi)]);
                }
            }
        }
        return out;
    }

    private static void add(List<XYChart.Data<Number, Number>> out, double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            out.add(new XYChart.Data<>(x, y));
        }
    }
}
