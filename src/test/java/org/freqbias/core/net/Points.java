package org.freqbias.core.net;

/** Test helper: 1D positions as the one-coordinate points the networks and the reference step take. */
final class Points {

    private Points() {
    }

    /** {{xs[0]}, {xs[1]}, ...} (fresh arrays). */
    static double[][] of(double[] xs) {
        double[][] points = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            points[i] = new double[] {xs[i]};
        }
        return points;
    }
}
