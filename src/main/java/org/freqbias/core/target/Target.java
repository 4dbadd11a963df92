package org.freqbias.core.target;

/** A function g of x in one dimension that the network is trained to fit. */
public interface Target {

    /** g(x). */
    double value(double x);

    /**
     * The angular frequencies xi > 0 at which the target's spectrum is meant to peak (the
     * frequencies of its components). Spectra snap them to the local maximum of |g^| nearby.
     */
    double[] nominalPeaks();

    /** g sampled at each of {@code xs}. */
    default double[] sample(double[] xs) {
        double[] g = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            g[i] = value(xs[i]);
        }
        return g;
    }
}
