package org.freqbias.app.chart;

/**
 * Turns flat N x N arrays of a 2D run (row-major, entry i1 N + i2 for the first axis i1) into heat
 * map rows: row r (from the bottom) is the second axis, column c the first, so x1 (or xi1) runs to
 * the right and x2 (or xi2) up.
 */
final class PlaneImages {

    private PlaneImages() {
    }

    /** values[r][c] = flat[c N + r]: a field on the x grid as drawn. */
    static double[][] field(double[] flat, int n) {
        return window(flat, n, 0, n, Double.NEGATIVE_INFINITY);
    }

    /**
     * log10 of the magnitudes at centred indices N/2 - k .. N/2 + k on both axes (|xi_i| <= k dxi),
     * clamped below at {@code floor}; NaN (no value) stays NaN.
     */
    static double[][] logSpectrum(double[] flat, int n, int k, double floor) {
        return window(flat, n, n / 2 - k, 2 * k + 1, floor);
    }

    private static double[][] window(double[] flat, int n, int from, int size, double logFloor) {
        boolean log = logFloor > Double.NEGATIVE_INFINITY;
        double[][] out = new double[size][size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                double v = flat[(from + c) * n + from + r];
                out[r][c] = log && !Double.isNaN(v) ? Math.log10(Math.max(v, logFloor)) : v;
            }
        }
        return out;
    }

    /** Largest |v| over {@code values}, or 1 when all vanish (a scale must not be empty). */
    static double maxAbs(double[] values) {
        double m = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m > 0 ? m : 1;
    }
}
