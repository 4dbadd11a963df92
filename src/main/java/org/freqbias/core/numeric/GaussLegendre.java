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

    /**
     * Integral of f over [0, b] on panels graded geometrically towards 0: [b/2, b] gets
     * {@code panels} panels, [b/4, b/2] half as many (at least 2), and so on for 40 levels.
     * For integrands like s^p cos(z s) whose derivatives blow up at 0.
     */
    public static double integrateGradedAtZero(DoubleUnaryOperator f, double b, int panels) {
        double sum = 0;
        double upper = b;
        for (int level = 0; level < 40; level++) {
            sum += integrate(f, upper / 2, upper, Math.max(2, panels >> level));
            upper /= 2;
        }
        return sum + integrate(f, 0, upper, 1);
    }
}
