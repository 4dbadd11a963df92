package org.freqbias.core.pde2d;

import org.freqbias.core.grid.Domain;
import org.freqbias.core.spectrum.GridTransform2D;
import org.freqbias.core.spectrum.PlaneGrid;
import org.freqbias.core.spectrum.Spectrum;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Integrates a {@link PdeProblem2D} M u' = -A u in time from the transform of the initial residual
 * and samples |u| on the spectrum's grid and the loss at requested times.
 *
 * <p>Exact in time up to {@link #TOLERANCE}: one shift-and-invert Krylov basis gives u at every
 * requested time ({@link ShiftInvertIntegrator}), and its a-posteriori bound guarantees
 * ||u_computed(t) - u(t)||_M <= TOLERANCE ||u0||_M at each of them, u the exact solution of the
 * semi-discrete system (consistent mass, the same A). What remains is the P1 space error.
 */
public final class PdeSolver2D {

    /** Error bound of the time integration, relative to ||u0||_M: far below the P1 space error (~1e-3). */
    public static final double TOLERANCE = 1e-8;

    /** M depends on the mesh only: kept for the last few meshes (never modified once built). */
    private static final RecentValues<Mesh2D, StencilMatrix> MASS = new RecentValues<>(P1Assembly2D::massStencil);

    private PdeSolver2D() {
    }

    /**
     * |u| on the centred grid of {@code initial} and the loss at each of {@code times} (non-decreasing,
     * >= 0); the initial condition is {@code initial} P1-interpolated onto the mesh. Reads its
     * arguments only.
     */
    public static SpectrumTrajectory solveAt(PdeProblem2D p, Spectrum initial, double[] times) {
        return solveAt(p, initial, times, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #solveAt(PdeProblem2D, Spectrum, double[])} with the time axis cut into segments no
     * longer than {@code maxStep}, each integrated by its own Krylov basis from where the previous one
     * ended (for accuracy studies: the answer does not depend on it beyond the tolerance).
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
        return solve(p, NodalSpectrum.onNodes(p.mesh(), residual, domain), new PlaneGrid(domain.halfWidth(), domain.samples()),
                times, Double.POSITIVE_INFINITY);
    }

    /** Evolves nodal values {@code u0} = {re, im} through {@code times}, reading |u| on {@code grid}. */
    private static SpectrumTrajectory solve(PdeProblem2D p, double[][] u0, PlaneGrid grid, double[] times, double maxStep) {
        Mesh2D mesh = p.mesh();
        GridReadout readout = GridReadout.of(mesh, grid.samples(), grid.spacing());
        double[] lumped = MASS.of(mesh).rowSums();
        double[][] abs = new double[times.length][];
        double[] loss = new double[times.length];
        integrate(p, u0, times, maxStep, (i, re, im) -> {
            abs[i] = readout.abs(re, im);
            loss[i] = loss(lumped, re, im);
        });
        return new SpectrumTrajectory(grid, times.clone(), abs, loss);
    }

    /**
     * The nodal solution {re, im} at each of {@code times}, handed to {@code sink} (possibly from
     * several threads): the one path every entry point and the peer export take.
     */
    static ShiftInvertIntegrator.Report integrate(PdeProblem2D p, double[][] u0, double[] times, double maxStep,
            ShiftInvertIntegrator.Sink sink) {
        if (!(maxStep > 0)) {
            throw new IllegalArgumentException("maxStep must be > 0, got " + maxStep);
        }
        for (int i = 0; i < times.length; i++) {
            double before = i == 0 ? 0 : times[i - 1];
            if (!(times[i] >= before) || !Double.isFinite(times[i])) {
                throw new IllegalArgumentException("times must be finite, >= 0 and non-decreasing; entry " + i
                    + " is " + times[i] + " after " + before);
            }
        }
        return ShiftInvertIntegrator.integrate(MASS.of(p.mesh()), p.operatorStencil(), u0[0], u0[1], times, maxStep,
            TOLERANCE, sink);
    }

    /**
     * Loss = 1/2 (2 pi)^-2 integral |u|^2 by the nodal rule sum_v m_v |u_v|^2 / (2 (2 pi)^2), m_v the
     * row sums of M: the discrete Parseval partner of the network's grid loss (see
     * {@link org.freqbias.core.pde.PdeSolution#loss(double)} for why not u^T M u).
     */
    static double loss(double[] lumped, double[] re, double[] im) {
        double sum = 0;
        for (int v = 0; v < lumped.length; v++) {
            sum += lumped[v] * (re[v] * re[v] + im[v] * im[v]);
        }
        return sum / (2 * PdeProblem2D.FACTOR);
    }
}
