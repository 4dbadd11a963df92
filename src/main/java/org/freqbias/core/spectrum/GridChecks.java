package org.freqbias.core.spectrum;

/** The preconditions every {@link FrequencyGrid} shares. */
final class GridChecks {

    private GridChecks() {
    }

    /** A finite half-width L > 0 and an even number N >= 2 of samples per axis. */
    static void check(double halfWidth, int samples) {
        if (!(halfWidth > 0) || !Double.isFinite(halfWidth) || samples < 2 || samples % 2 != 0) {
            throw new IllegalArgumentException("a frequency grid needs a finite L > 0 and an even N >= 2, got L = "
                    + halfWidth + ", N = " + samples);
        }
    }
}
