package org.freqbias.core.target;

import java.util.Arrays;

/** Checks of nominal peak frequencies given with a user's target. */
final class PeakList {

    private PeakList() {
    }

    /** The frequencies sorted and without repeats, each checked to be finite and > 0. */
    static double[] of(double[] peaks) {
        for (int i = 0; i < peaks.length; i++) {
            if (!(peaks[i] > 0) || !Double.isFinite(peaks[i])) {
                throw new IllegalArgumentException("peaks[" + i + "] must be a finite frequency > 0, got " + peaks[i]);
            }
        }
        return Arrays.stream(peaks).sorted().distinct().toArray();
    }

    /** Frequency vectors (xi1, xi2), each finite and not (0, 0); copied. */
    static double[][] ofPlane(double[][] peaks) {
        double[][] copy = new double[peaks.length][];
        for (int i = 0; i < peaks.length; i++) {
            double[] p = peaks[i];
            if (p == null || p.length != 2 || !Double.isFinite(p[0]) || !Double.isFinite(p[1]) || (p[0] == 0 && p[1] == 0)) {
                throw new IllegalArgumentException("peaks[" + i + "] must be a pair [xi1, xi2] of finite numbers, not [0, 0], got "
                        + Arrays.toString(p));
            }
            copy[i] = p.clone();
        }
        return copy;
    }
}
