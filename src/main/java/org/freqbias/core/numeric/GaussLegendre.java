package org.freqbias.core.numeric;

import java.util.function.DoubleUnaryOperator;

/** Composite 5-point Gauss-Legendre quadrature (exact for polynomials of degree 9 per panel). */
public final class GaussLegendre {

    /** Nodes on [-1, 1]. */
    public static final double[] NODES = {
        -0.9061798459386640, -0.5384693101056831, 0.0, 0.5384693101056831, 0.9061798459386640};
    /** Weights matching {@link #NODES}; they sum to 2. */
    public static final double[] WEIGHTS = {
        0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891};

    private GaussLegendre() {
    }

    /** Integral of f over [a, b] split into {@code panels} equal panels. */
    public static double integrate(DoubleUnaryOperator f, double a, double b, int panels) {
        double h = (b - a) / panels;
        double sum = 0;
        for (int p = 0; p < panels; p++) {
            double mid = a + (p + 0.5) * h;
            for (int q = 0; q < NODES.length; q++) {
                sum += WEIGHTS[q] * f.applyAsDouble(mid + 0.5 * h * NODES[q]);
            }
        }
        return 0.5 * h * sum;
    }
}
