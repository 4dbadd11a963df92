package org.freqbias.app.chart;

/** Tick spacing for linear axes. */
public final class Ticks {

    private Ticks() {
    }

    /** A step of 1, 2 or 5 times a power of ten giving at most about {@code count} ticks over {@code span}. */
    public static double niceStep(double span, int count) {
        if (!(span > 0)) {
            return 1;
        }
        double raw = span / count;
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * decade >= raw) {
                return m * decade;
            }
        }
        return 10 * decade;
    }
}
