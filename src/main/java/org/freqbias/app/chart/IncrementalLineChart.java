package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * A LineChart whose layout redraws only the series whose points moved on screen. LineChart's own
 * layout throws away and rebuilds the path of every series whenever anything in the chart changed
 * (a new snapshot rebuilt the PDE's and the kernel flows' curves too), and JavaFX then measures
 * every rebuilt path again. Here each series' points are mapped to the screen as LineChart maps them
 * (non-finite positions skipped, points left and right of the plot collapsed to the one nearest to
 * it, sorted along the axis sorting policy) and compared with those of its path: a series whose
 * points did not move keeps its path untouched, one whose count did not change gets its path
 * elements moved in place. Animation is not supported (the charts here are not animated): an
 * animated chart lays out as LineChart does.
 */
final class IncrementalLineChart extends LineChart<Number, Number> {

    /** Per series, the screen points its path and dots were last laid out at. */
    private final Map<Series<Number, Number>, double[][]> laidOut = new IdentityHashMap<>();

    IncrementalLineChart(NumberAxis xAxis, NumberAxis yAxis) {
        super(xAxis, yAxis);
    }

    @Override
    protected void seriesRemoved(Series<Number, Number> series) {
        laidOut.remove(series);
        super.seriesRemoved(series);
    }

    @Override
    protected void layoutPlotChildren() {
        if (getAnimated()) {
            laidOut.clear();
            super.layoutPlotChildren();
            return;
        }
        for (Series<Number, Number> series : getData()) {
            if (series.getNode() instanceof Path path) {
                double[][] points = screenPoints(series, path.getStrokeWidth() / 2);
                if (!Arrays.deepEquals(points, laidOut.get(series))) {
                    laidOut.put(series, points);
                    trace(path, points[0], points[1]);
                    placeSymbols(series);
                }
            }
        }
    }

    /**
     * The path's points of {@code series} on screen, {x[], y[]}, as LineChart's layout computes them
     * for a line of half width {@code halfWidth}.
     */
    private double[][] screenPoints(Series<Number, Number> series, double halfWidth) {
        SortingPolicy policy = getAxisSortingPolicy();
        boolean sortX = policy == SortingPolicy.X_AXIS;
        boolean sortY = policy == SortingPolicy.Y_AXIS;
        double xMin = sortX ? -halfWidth : Double.NEGATIVE_INFINITY;
        double xMax = sortX ? getXAxis().getWidth() + halfWidth : Double.POSITIVE_INFINITY;
        double yMin = sortY ? -halfWidth : Double.NEGATIVE_INFINITY;
        double yMax = sortY ? getYAxis().getHeight() + halfWidth : Double.POSITIVE_INFINITY;
        int capacity = series.getData().size() + 2;
        double[] xs = new double[capacity];
        double[] ys = new double[capacity];
        int n = 1; // slot 0 is kept for the point before the plot
        double beforeX = Double.NaN;
        double beforeY = Double.NaN;
        double afterX = Double.NaN;
        double afterY = Double.NaN;
        boolean sorted = true;
        for (Iterator<Data<Number, Number>> it = getDisplayedDataIterator(series); it.hasNext(); ) {
            Data<Number, Number> item = it.next();
            double x = getXAxis().getDisplayPosition(item.getXValue());
            double y = getYAxis().getDisplayPosition(item.getYValue());
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            if (x < xMin || y < yMin) { // keep the one nearest to the plot
                if (Double.isNaN(beforeX) || (sortX && beforeX <= x) || (sortY && beforeY <= y)) {
                    beforeX = x;
                    beforeY = y;
                }
            } else if (x <= xMax && y <= yMax) {
                sorted &= n == 1 || (sortX ? xs[n - 1] <= x : !sortY || ys[n - 1] <= y);
                xs[n] = x;
                ys[n++] = y;
            } else if (Double.isNaN(afterX) || (sortX && x < afterX) || (sortY && y < afterY)) {
                afterX = x;
                afterY = y;
            }
        }
        if (!sorted) {
            sortAlong(sortX ? xs : ys, sortX ? ys : xs, 1, n);
        }
        int from = 1;
        if (!Double.isNaN(beforeX)) {
            xs[0] = beforeX;
            ys[0] = beforeY;
            from = 0;
        }
        if (!Double.isNaN(afterX)) {
            xs[n] = afterX;
            ys[n++] = afterY;
        }
        return new double[][] {Arrays.copyOfRange(xs, from, n), Arrays.copyOfRange(ys, from, n)};
    }

    /** Sorts entries from .. to - 1 of {@code keys} ascending, stably, moving {@code others} along. */
    private static void sortAlong(double[] keys, double[] others, int from, int to) {
        Integer[] order = new Integer[to - from];
        for (int i = 0; i < order.length; i++) {
            order[i] = from + i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(keys[a], keys[b]));
        double[] k = keys.clone();
        double[] o = others.clone();
        for (int i = 0; i < order.length; i++) {
            keys[from + i] = k[order[i]];
            others[from + i] = o[order[i]];
        }
    }

    /**
     * Makes {@code path} the polyline through (x[i], y[i]) as LineChart writes it (a MoveTo to the
     * first point, then a LineTo to every point), moving its elements in place when it has as many.
     */
    private static void trace(Path path, double[] x, double[] y) {
        ObservableList<PathElement> elements = path.getElements();
        int n = x.length;
        if (elements.size() == (n == 0 ? 0 : n + 1) && (n == 0 || elements.get(0) instanceof MoveTo)) {
            for (int i = 0; i < elements.size(); i++) {
                PathElement e = elements.get(i);
                int p = Math.max(0, i - 1);
                if (e instanceof MoveTo m) {
                    move(m, x[p], y[p]);
                } else if (e instanceof LineTo l) {
                    line(l, x[p], y[p]);
                }
            }
            return;
        }
        List<PathElement> fresh = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                fresh.add(new MoveTo(x[0], y[0]));
            }
            fresh.add(new LineTo(x[i], y[i]));
        }
        elements.setAll(fresh);
    }

    private static void move(MoveTo m, double x, double y) {
        if (m.getX() != x) {
            m.setX(x);
        }
        if (m.getY() != y) {
            m.setY(y);
        }
    }

    private static void line(LineTo l, double x, double y) {
        if (l.getX() != x) {
            l.setX(x);
        }
        if (l.getY() != y) {
            l.setY(y);
        }
    }

    /** Centres each data item's node (a dot) on its point, as LineChart does; off screen when the point is not finite. */
    private void placeSymbols(Series<Number, Number> series) {
        for (Iterator<Data<Number, Number>> it = getDisplayedDataIterator(series); it.hasNext(); ) {
            Data<Number, Number> item = it.next();
            Node symbol = item.getNode();
            if (symbol != null) {
                double x = getXAxis().getDisplayPosition(item.getXValue());
                double y = getYAxis().getDisplayPosition(item.getYValue());
                double w = symbol.prefWidth(-1);
                double h = symbol.prefHeight(-1);
                boolean skip = Double.isNaN(x) || Double.isNaN(y);
                symbol.resizeRelocate(skip ? -2 * w : x - w / 2, skip ? -2 * h : y - h / 2, w, h);
            }
        }
    }
}
