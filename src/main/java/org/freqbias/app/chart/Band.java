package org.freqbias.app.chart;

import java.util.Arrays;

/** The FFT frequencies shown on frequency axes: 0 <= xi <= the chart's top frequency. */
final class Band {

    private Band() {
    }

    /** How many leading entries of {@code xi} are <= {@code max}. */
    static int count(double[] xi, double max) {
        int n = 0;
        while (n < xi.length && xi[n] <= max + 1e-12) {
            n++;
        }
        return Math.max(n, Math.min(2, xi.length));
    }

    /** The first {@code n} entries (a copy). */
    static double[] head(double[] values, int n) {
        return Arrays.copyOf(values, n);
    }
}
