package org.freqbias.core.experiment;

/** How far the PDE's prediction is from what the network shows. */
public final class Agreement {

    /** Spectra are compared up to this frequency unless told otherwise (THEORY.md section 7). */
    public static final double DEFAULT_MAX_FREQUENCY = 20.0;

    private Agreement() {
    }

    /** mask[k] = |xi_k| <= maxXi, for frequencies given by their magnitudes ({@link org.freqbias.core.spectrum.FrequencyGrid#magnitudes()}). */
    public static boolean[] within(double[] magnitude, double maxXi) {
        boolean[] mask = new boolean[magnitude.length];
        for (int k = 0; k < mask.length; k++) {
            mask[k] = Math.abs(magnitude[k]) <= maxXi;
        }
        return mask;
    }

    /**
     * Relative L2 distance ||nn - pde|| / ||nn0|| over the indices where {@code mask} is true (any
     * grid layout), nn0 being the network's spectrum at t = 0. Frequencies where the prediction is
     * undefined (NaN: outside the PDE's mesh) are left out of both norms.
     *
     * @return the distance, or NaN when no frequency qualifies or nn0 vanishes there
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
