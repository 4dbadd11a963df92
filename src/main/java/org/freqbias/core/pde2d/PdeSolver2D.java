package org.freqbias.core.pde2d;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.spectrum.GridTransform2D;
import org.freqbias.core.spectrum.PlaneGrid;
import org.freqbias.core.spectrum.Spectrum;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Integrates a {@link PdeProblem2D} M u' = -A u in time from the transform of the initial residual.
 *
 * <p>Crank-Nicolson with a Rannacher start (two backward-Euler half steps first), every step through
 * one sparse Cholesky factorization of M + dt/2 A ({@link CrankNicolsonStepper}). Each interval
 * between requested times is cut into equal steps no longer than the maximum step, so uniformly
 * spaced times share a single factorization; a new one is made only when the step length changes.
 */
public final class PdeSolver2D {

    /**
     * Default accuracy: steps satisfy (2 pi)^2 max(rho) dt <= this, i.e. the fastest pure damping
     * mode moves by at most this much of its decay per step. Measured (SteppingAccuracyTest, radial
     * gaussian, sigma_a = 1, shifted wave packet): against a 20x finer step, max | |u| - |u_ref| | is
     * 2.2e-3 of max |u0| at the first snapshot (the first-order damping start) and 1.3e-4 from the
     * fourth snapshot on, below the P1 space error of the same mesh (~5e-3). Halving dt quarters it.
     */
    public static final double RATE_STEP = 0.1;

    /** Steps whose lengths agree to this relative tolerance share one factorization. */
    private static final double SAME_STEP = 1e-12;

    private PdeSolver2D() {
    }

    /**
     * |u| on the centred grid of {@code initial} and the loss at each of {@code times} (non-decreasing,
     * >= 0), with steps chosen by {@link #RATE_STEP}; the initial condition is {@code initial}
     * P1-interpolated onto the mesh. Reads its arguments only.
     */
    public static SpectrumTrajectory solveAt(PdeProblem2D p, Spectrum initial, double[] times) {
        return solveAt(p, initial, times, defaultStep(p));
    }

    /**
     * As {@link #solveAt(PdeProblem2D, Spectrum, double[])} with steps no longer than {@code maxStep}
     * (for accuracy studies).
     */
    public static SpectrumTrajectory solveAt(PdeProblem2D p, Spectrum initial, double[] times, double maxStep) {
        if (!(initial.grid() instanceof PlaneGrid grid)) {
            throw new IllegalArgumentException("the 2D PDE starts from a spectrum on a 2D frequency grid, got a "
                    + initial.grid().dimension() + "D one");
        }
        return solve(p, NodalSpectrum.onNodes(p.mesh(), initial), grid, times, maxStep);
    }

    /**
     * The PDE started from the exact transform of a residual sampled on {@code domain}
     * ({@link GridTransform2D}) at every mesh node, read at the domain's FFT frequencies: the way to
     * solve for a session. On a mesh finer than the FFT grid this keeps the detail of the initial
     * transform between FFT frequencies that interpolation would lose. Reads its arguments only.
     *
     * @param residual r(x, 0) at the grid points, row-major
     */
    public static SpectrumTrajectory solveAt(PdeProblem2D p, double[] residual, Domain domain, double[] times) {
        return solve(p, NodalSpectrum.onNodes(p.mesh(), residual, domain), new PlaneGrid(domain.halfWidth(), domain.samples()), times, defaultStep(p));
    }

    /** {@link #RATE_STEP} over the largest damping rate (2 pi)^2 rho on the mesh. */
    private static double defaultStep(PdeProblem2D p) {
        double rhoMax = 0;
        Mesh2D mesh = p.mesh();
        for (int v = 0; v < mesh.size(); v++) {
            rhoMax = Math.max(rhoMax, p.rho().density(mesh.xi1(v), mesh.xi2(v)));
        }
        return rhoMax > 0 ? RATE_STEP / (PdeProblem2D.FACTOR * rhoMax) : Double.POSITIVE_INFINITY;
    }

    /** Steps nodal values {@code u} (modified) through {@code times}, reading |u| on {@code grid}. */
    private static SpectrumTrajectory solve(PdeProblem2D p, DMatrixRMaj u, PlaneGrid grid, double[] times, double maxStep) {
        int n = grid.samples();
        double dxi = grid.spacing();
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maxStep must be > 0, got " + maxStep);
        }
        Mesh2D mesh = p.mesh();
        DMatrixSparseCSC mass = P1Assembly2D.mass(mesh);
        DMatrixSparseCSC operator = p.operator();
        double[][] abs = new double[times.length][];
        double[] loss = new double[times.length];
        CrankNicolsonStepper stepper = null;
        boolean started = false;
        double now = 0;
        for (int i = 0; i < times.length; i++) {
            double interval = times[i] - now;
            if (!(interval >= 0)) {
                throw new IllegalArgumentException("times must be >= 0 and non-decreasing; entry " + i
                    + " is " + times[i] + " after " + now);
            }
            if (interval > 0) {
                int steps = (int) Math.max(1, Math.ceil(interval / maxStep - 1e-9));
                double dt = interval / steps;
                if (stepper == null || Math.abs(stepper.dt() - dt) > SAME_STEP * dt) {
                    stepper = new CrankNicolsonStepper(mass, operator, dt);
                }
                for (int s = 0; s < steps; s++) {
                    if (started) {
                        stepper.crankNicolson(u);
                    } else {
                        stepper.dampingStart(u);
                        started = true;
                    }
                }
            }
            now = times[i];
            abs[i] = NodalSpectrum.absOnGrid(mesh, u, n, dxi);
            loss[i] = loss(mass, u);
        }
        return new SpectrumTrajectory(grid, times.clone(), abs, loss);
    }

    /**
     * Loss = 1/2 (2 pi)^-2 integral |u|^2 by the nodal rule sum_v m_v |u_v|^2 / (2 (2 pi)^2), m_v the
     * row sums of M: the discrete Parseval partner of the network's grid loss (see
     * {@link org.freqbias.core.pde.PdeSolution#loss(double)} for why not u^T M u).
     */
    static double loss(DMatrixSparseCSC mass, DMatrixRMaj u) {
        double sum = 0;
        for (int col = 0; col < mass.numCols; col++) {
            double weight = 0;   // M is symmetric: column sum = row sum
            for (int k = mass.col_idx[col]; k < mass.col_idx[col + 1]; k++) {
                weight += mass.nz_values[k];
            }
            sum += weight * (u.data[2 * col] * u.data[2 * col] + u.data[2 * col + 1] * u.data[2 * col + 1]);
        }
        return sum / (2 * PdeProblem2D.FACTOR);
    }
}
