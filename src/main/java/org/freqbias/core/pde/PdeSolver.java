package org.freqbias.core.pde;

import org.freqbias.core.spectrum.LineGrid;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Solves a {@link PdeProblem} from initial data given at the non-negative FFT frequencies; picks the
 * time integrator so callers never do.
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
     * The solution for all t >= 0 from u0 given at {@code xiData} (non-negative FFT frequencies
     * k dxi, k = 0..K-1) by {@code re0}, {@code im0}; the negative half is the conjugate. The data
     * are interpolated linearly onto the nodes, zero beyond xiData[K-1]. Arrays are only read.
     */
    public static PdeSolution solve(PdeProblem p, double[] xiData, double[] re0, double[] im0) {
        double[][] u0 = HalfSpectrum.onNodes(p.mesh(), xiData, re0, im0);
        return p.mesh().size() <= EXACT_MAX_NODES
            ? new ExactEigenSolver(p, u0[0], u0[1])
            : new CramSolution(p, u0[0], u0[1]);
    }

    /**
     * |u| at the frequencies of {@code grid} and the loss at each of {@code times} (non-decreasing,
     * >= 0), for initial data {@code re0}, {@code im0} given at those frequencies as for
     * {@link #solve}. Arrays are only read.
     */
    public static SpectrumTrajectory solveAt(PdeProblem p, LineGrid grid, double[] re0, double[] im0, double[] times) {
        double[] xiData = grid.frequencies();
        Mesh1D mesh = p.mesh();
        double[][] u = HalfSpectrum.onNodes(mesh, xiData, re0, im0);
        double[] re = u[0];
        double[] im = u[1];
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
