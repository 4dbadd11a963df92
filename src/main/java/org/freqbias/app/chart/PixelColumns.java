package org.freqbias.app.chart;

/**
 * The pixel columns of a plot: {@code count} columns of equal width over the x range [lo, hi].
 * Column of x: floor((x - lo) / (hi - lo) count), x = hi in the last column; -1 left of the range
 * and {@code count} right of it.
 */
record PixelColumns(double lo, double hi, int count) {

    PixelColumns {
        if (count < 1 || !(hi > lo)) {
            throw new IllegalArgumentException("need count >= 1 and hi > lo, got " + count + " over [" + lo + ", " + hi + "]");
        }
    }

    int of(double x) {
        if (x < lo) {
            return -1;
        }
        if (x > hi) {
            return count;
        }
        return Math.min(count - 1, (int) ((x - lo) / (hi - lo) * count));
    }
}
