package org.freqbias.core.pde;

import org.freqbias.core.grid.Domain;
import org.freqbias.core.spectrum.LineGrid;
import org.freqbias.core.spectrum.LineTransform;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Solves a {@link PdeProblem}; picks the time integrator so callers never do. The initial condition
 * is either the exact transform of a residual sampled on the data grid at every mesh node (the
 * entry points taking a {@link Domain}: what a session solves, and what converges under mesh
 * refinement), or a transform given at the non-negative FFT frequencies and interpolated linearly
 * onto the nodes (for data known only there, e.g. a closed form in tests).
 *
 * <ul>
 *   <li>{@link #solve}: u(t) for any t. Up to {@link #EXACT_MAX_NODES} nodes it diagonalizes the
 *       generalized eigenproblem (K + R) v = lambda M v once ({@code ExactEigenSolver}: exact in
 *       time, O(n^3) setup, O(n^2) per time, the reference). Larger meshes would need O(n^2)
 *       memory and O(n^3) time, so they get a CRAM rational approximation of exp(-t M^-1 A)
 *       (O(n) per time, error ~1e-13 relative to the exact integrator).</li>
 *   <li>{@link #solveAt}: many snapshot times at once, for interactive re-solves. Always CRAM
 *       stepping from one requested time to the next (eight complex tridiagonal solves per time, factors
 *       shared between equal steps): O(n) per time, with no O(n^3) setup.</li>
 * </ul>
 */
public final class PdeSolver {

    /**
     * Largest mesh (nodes) solved through the dense eigen-decomposition: 1025 nodes (the default
     * 1024 elements) take 1-1.5 s and 17 MB; twice that would take about eight times longer.
     */
    public static final int EXACT_MAX_NODES = 1025;

    /** Steps whose lengths agree to this relative tolerance share one factorization. */
    private static final double SAME_STEP = 1e-12;

    private PdeSolver() {
    }

    /**
     * The solution for all t >= 0 from u0 = the exact transform r^(xi_j) = dx sum_i r(x_i)
     * exp(-i xi_j x_i) of {@code residual} (r at the grid points of the 1D {@code domain}) at every
     * mesh node xi_j ({@link LineTransform}; 0 beyond the Nyquist frequency). At the default mesh,
     * whose nodes are the FFT frequencies, this equals the FFT values bit for bit; on a finer mesh it
     * keeps the variation of r^ between FFT frequencies that interpolation loses, so the error falls
     * as h^2. Arrays are only read.
     */
    public static PdeSolution solve(PdeProblem p, Domain domain, double[] residual) {
        double[][] u0 = exactOnNodes(p.mesh(), domain, residual);
        return solve(p, u0[0], u0[1]);
    }

    /**
     * |u| at the frequencies of {@code grid} (the domain's non-negative FFT frequencies) and the loss
     * at each of {@code times} (non-decreasing, >= 0), from the same exact initial data as
     * {@link #solve(PdeProblem, Domain, double[])}, by CRAM steps from one requested time to the
     * next. Arrays are only read.
     */
    public static SpectrumTrajectory solveAt(PdeProblem p, LineGrid grid, Domain domain, double[] residual, double[] times) {
        double[][] u0 = exactOnNodes(p.mesh(), domain, residual);
        return evolve(p, u0[0], u0[1], grid, times);
    }

    /** Nodal {re, im} of the exact transform of {@code residual} on {@code mesh}; new arrays. */
    static double[][] exactOnNodes(Mesh1D mesh, Domain domain, double[] residual) {
        return LineTransform.at(residual, domain, -mesh.halfWidth(), mesh.spacing(), mesh.size());
    }

    /**
     * The solution for all t >= 0 from u0 given at {@code xiData} (non-negative FFT frequencies
     * k dxi, k = 0..K-1) by {@code re0}, {@code im0}; the negative half is the conjugate. The data
     * are interpolated linearly onto the nodes, zero beyond xiData[K-1]. Arrays are only read.
     */
    public static PdeSolution solve(PdeProblem p, double[] xiData, double[] re0, double[] im0) {
        double[][] u0 = HalfSpectrum.onNodes(p.mesh(), xiData, re0, im0);
        return solve(p, u0[0], u0[1]);
    }

    /** The solver for nodal initial values {@code re0, im0} (kept by the solver, not modified). */
    private static PdeSolution solve(PdeProblem p, double[] re0, double[] im0) {
        return p.mesh().size() <= EXACT_MAX_NODES
            ? new ExactEigenSolver(p, re0, im0)
            : new CramSolution(p, re0, im0);
    }

    /**
     * |u| at the frequencies of {@code grid} and the loss at each of {@code times} (non-decreasing,
     * >= 0), for initial data {@code re0}, {@code im0} given at those frequencies and interpolated as
     * for {@link #solve(PdeProblem, double[], double[], double[])}. Arrays are only read.
     */
    public static SpectrumTrajectory solveAt(PdeProblem p, LineGrid grid, double[] re0, double[] im0, double[] times) {
        double[][] u = HalfSpectrum.onNodes(p.mesh(), grid.frequencies(), re0, im0);
        return evolve(p, u[0], u[1], grid, times);
    }

    /**
     * CRAM steps from one requested time to the next, starting from the nodal values {@code re, im}
     * (overwritten), reading |u| at the frequencies of {@code grid}.
     */
    private static SpectrumTrajectory evolve(PdeProblem p, double[] re, double[] im, LineGrid grid, double[] times) {
        double[] xiData = grid.frequencies();
        Mesh1D mesh = p.mesh();
        Tridiagonal mass = P1Assembly.mass(mesh);
        Tridiagonal operator = p.operator();
        double[][] abs = new double[times.length][];
        double[] loss = new double[times.length];
        CramPropagator step = null;
        double now = 0;
        for (int i = 0; i < times.length; i++) {
            double dt = times[i] - now;
            if (!(dt >= 0)) {
                throw new IllegalArgumentException("times must be >= 0 and non-decreasing; entry " + i
                    + " is " + times[i] + " after " + now);
            }
            if (dt > 0) {
                if (step == null || Math.abs(step.dt() - dt) > SAME_STEP * dt) {
                    step = new CramPropagator(mass, operator, dt);
                }
                step.apply(re, im);
            }
            now = times[i];
            abs[i] = absAt(mesh, re, im, xiData);
            loss[i] = PdeSolution.loss(mass, re, im);
        }
        return new SpectrumTrajectory(grid, times.clone(), abs, loss);
    }

    private static double[] absAt(Mesh1D mesh, double[] re, double[] im, double[] xi) {
        double[] out = new double[xi.length];
        for (int k = 0; k < xi.length; k++) {
            double a = mesh.valueAt(re, xi[k]);
            double b = mesh.valueAt(im, xi[k]);
            out[k] = Math.sqrt(a * a + b * b);         // not Math.hypot: slow, and no overflow risk here
        }
        return out;
    }
}
