package org.freqbias.app.chart;

import java.util.Arrays;

/**
 * Thins a curve to what its plot can show: of the points falling in each {@link PixelColumns pixel
 * column}, only the one with the smallest and the one with the largest y are kept (one point when
 * they are the same), in x order, so every column keeps its vertical extent and peaks survive. Left
 * of the x range only the rightmost point is kept and right of it only the leftmost, so a line
 * leaving the plot still leaves it where it did. Points with a non-finite coordinate are skipped.
 * A curve of any length becomes at most 2 count + 2 points; O(1) per point added, O(count) per
 * {@link #curve()}. Points may be added in any order; ties keep the earlier point.
 */
final class ColumnDecimator {

    private final PixelColumns columns;
    // Per column: x, y and arrival number of its lowest and highest point (arrival -1: empty column).
    private final double[] lowX;
    private final double[] lowY;
    private final double[] highX;
    private final double[] highY;
    private final int[] lowArrival;
    private final int[] highArrival;
    private double leftX = Double.NaN;
    private double leftY;
    private double rightX = Double.NaN;
    private double rightY;
    private int arrivals;

    ColumnDecimator(PixelColumns columns) {
        this.columns = columns;
        int n = columns.count();
        lowX = new double[n];
        lowY = new double[n];
        highX = new double[n];
        highY = new double[n];
        lowArrival = new int[n];
        highArrival = new int[n];
        Arrays.fill(lowArrival, -1);
    }

    /** The columns this decimator thins to. */
    PixelColumns columns() {
        return columns;
    }

    /** The min/max points of (x[i], y[i]) over all i, for {@code columns}. */
    static Curve thin(double[] x, double[] y, PixelColumns columns) {
        ColumnDecimator d = new ColumnDecimator(columns);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            d.add(x[i], y[i]);
        }
        return d.curve();
    }

    /** Takes the point (x, y) into account. */
    void add(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        int c = columns.of(x);
        if (c < 0) {
            if (!(x <= leftX)) {
                leftX = x;
                leftY = y;
            }
        } else if (c >= columns.count()) {
            if (!(x >= rightX)) {
                rightX = x;
                rightY = y;
            }
        } else if (lowArrival[c] < 0) {
            lowX[c] = highX[c] = x;
            lowY[c] = highY[c] = y;
            lowArrival[c] = highArrival[c] = arrivals;
        } else if (y < lowY[c]) {
            lowX[c] = x;
            lowY[c] = y;
            lowArrival[c] = arrivals;
        } else if (y > highY[c]) {
            highX[c] = x;
            highY[c] = y;
            highArrival[c] = arrivals;
        }
        arrivals++;
    }

    /** The kept points, in x order (a new curve; the decimator can go on taking points). */
    Curve curve() {
        return curveWith(Double.NaN, Double.NaN);
    }

    /**
     * The kept points with (x, y) taken into account too, without keeping it: for a last point
     * that a later call replaces (the newest snapshot of a run). A non-finite point adds nothing.
     */
    Curve curveWith(double x, double y) {
        int extra = Double.isFinite(x) && Double.isFinite(y) ? columns.of(x) : Integer.MIN_VALUE;
        int n = columns.count();
        double[] outX = new double[2 * n + 3];
        double[] outY = new double[2 * n + 3];
        int size = 0;
        if (!Double.isNaN(leftX) || extra == -1) {
            boolean useExtra = extra == -1 && !(x <= leftX);
            outX[size] = useExtra ? x : leftX;
            outY[size++] = useExtra ? y : leftY;
        }
        for (int c = 0; c < n; c++) {
            if (c == extra) {
                size = columnWith(c, x, y, outX, outY, size);
            } else if (lowArrival[c] >= 0) {
                size = column(lowX[c], lowY[c], lowArrival[c], highX[c], highY[c], highArrival[c], outX, outY, size);
            }
        }
        if (!Double.isNaN(rightX) || extra == n) {
            boolean useExtra = extra == n && !(x >= rightX);
            outX[size] = useExtra ? x : rightX;
            outY[size++] = useExtra ? y : rightY;
        }
        return new Curve(Arrays.copyOf(outX, size), Arrays.copyOf(outY, size));
    }

    /** Column c as it would be with (x, y) added last. */
    private int columnWith(int c, double x, double y, double[] outX, double[] outY, int size) {
        if (lowArrival[c] < 0) {
            outX[size] = x;
            outY[size] = y;
            return size + 1;
        }
        boolean lower = y < lowY[c];
        boolean higher = !lower && y > highY[c];
        return column(lower ? x : lowX[c], lower ? y : lowY[c], lower ? arrivals : lowArrival[c],
                higher ? x : highX[c], higher ? y : highY[c], higher ? arrivals : highArrival[c], outX, outY, size);
    }

    /** Writes a column's lowest and highest point in x order (arrival order on equal x), once when the same. */
    private static int column(double x1, double y1, int a1, double x2, double y2, int a2,
            double[] outX, double[] outY, int size) {
        if (a1 == a2) {
            outX[size] = x1;
            outY[size] = y1;
            return size + 1;
        }
        boolean lowFirst = x1 < x2 || (x1 == x2 && a1 < a2);
        outX[size] = lowFirst ? x1 : x2;
        outY[size++] = lowFirst ? y1 : y2;
        outX[size] = lowFirst ? x2 : x1;
        outY[size++] = lowFirst ? y2 : y1;
        return size;
    }
}
