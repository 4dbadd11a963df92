package org.freqbias.core.target;

import org.freqbias.core.grid.Domain;

/** A function g of (x1, x2) on [-L, L)^2 that a network on 2D inputs is trained to fit. */
public interface Target2D {

    /** g(x1, x2). */
    double value(double x1, double x2);

    /** Frequencies (xi1, xi2) where |g^| is meant to peak, one per row; may be empty. */
    double[][] nominalPeaks();

    /** g on the tensor grid of {@code domain}, row-major: out[i1 * N + i2] = g(x_i1, x_i2). */
    default double[] sample(Domain domain) {
        double[] x = domain.axis();
        int n = x.length;
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = value(x[i], x[j]);
            }
        }
        return out;
    }
}
