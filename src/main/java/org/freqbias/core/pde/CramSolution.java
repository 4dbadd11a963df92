package org.freqbias.core.pde;

/**
 * u(t) = exp(-t M^-1 A) u0 by one {@link CramPropagator} step of length t from the initial values:
 * O(n) memory and O(n) work per query time, for meshes too large for a dense eigen-decomposition.
 */
final class CramSolution extends PdeSolution {

    private final Tridiagonal operator;
    private final double[] re0;
    private final double[] im0;

    /** Keeps the nodal initial values {@code re0, im0} (copied). */
    CramSolution(PdeProblem problem, double[] re0, double[] im0) {
        super(problem.mesh(), P1Assembly.mass(problem.mesh()));
        this.operator = problem.operator();
        this.re0 = re0.clone();
        this.im0 = im0.clone();
    }

    @Override
    void nodal(double t, double[] re, double[] im) {
        System.arraycopy(re0, 0, re, 0, re0.length);
        System.arraycopy(im0, 0, im, 0, im0.length);
        new CramPropagator(mass(), operator, t).apply(re, im);
    }
}
