package org.freqbias.core.experiment;

/** How far the PDE's prediction is from what the network shows. */
public final class Agreement {

    /** Spectra are compared up to this frequency unless told otherwise (THEORY.md section 7). */
    public static final double DEFAULT_MAX_FREQUENCY = 20.0;

    private Agreement() {
    }

    /**
     * Relative L2 distance ||nn - pde|| / ||nn0|| over the frequencies xi <= maxXi, where nn0 is
     * the network's spectrum at t = 0. Frequencies where the prediction is undefined (NaN: outside
     * the PDE's mesh) are left out of both norms.
     *
     * @return the distance, or NaN when no frequency qualifies or nn0 vanishes there
     */
    public static double relativeDistance(double[] xi, double[] nn, double[] pde, double[] nn0, double maxXi) {
        return relativeDistance(within(xi, maxXi), nn, pde, nn0);
    }

    /** mask[k] = |xi_k| <= maxXi, for frequencies given by their magnitudes (1D: xi, 2D: |xi| per grid point). */
    public static boolean[] within(double[] magnitude, double maxXi) {
        boolean[] mask = new boolean[magnitude.length];
        for (int k = 0; k < mask.length; k++) {
            mask[k] = Math.abs(magnitude[k]) <= maxXi;
        }
        return mask;
    }

    /**
     * As {@link #relativeDistance(double[], double[], double[], double[], double)} over the indices
     * where {@code mask} is true (any layout: 1D spectra or a flattened 2D grid).
     */
    public static double relativeDistance(boolean[] mask, double[] nn, double[] pde, double[] nn0) {
        double diff = 0;
        double norm = 0;
        for (int k = 0; k < mask.length; k++) {
            if (!mask[k] || Double.isNaN(pde[k])) {
                continue;
            }
            double d = nn[k] - pde[k];
            diff += d * d;
            norm += nn0[k] * nn0[k];
        }
        return norm > 0 ? Math.sqrt(diff / norm) : Double.NaN;
    }
}
