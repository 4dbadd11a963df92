package org.freqbias.core.experiment;

import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.FrequencyDraw;
import org.freqbias.core.kernel.InfiniteWidthOperator2D;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.kernel.KernelOperator;
import org.freqbias.core.kernel.KernelSpectrumBound;
import org.freqbias.core.kernel.KrylovKernelFlow;
import org.freqbias.core.net.EmpiricalKernelOperator2D;
import org.freqbias.core.pde2d.PdeProblem2D;
import org.freqbias.core.pde2d.PdeSolver2D;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.PlaneGrid;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.freqbias.core.target.Target2D;

/**
 * A 2D session: the centred N x N frequency grid, the session's 1D family made a density on the
 * plane (radial or product), the 2D PDE (exact in time: one shift-and-invert Krylov basis for all
 * the snapshot times of a run)
 * and kernels applied matrix-free: the N^2 x N^2 matrix is too large to diagonalize (minutes at
 * 64 x 64), so exp(-K t) r(0) comes from one Lanczos basis converged at the kept times ({@link Setup#keptTimes}).
 *
 * @param rho the density on the plane (radial or product) of the first-layer frequencies, the PDE's coefficient
 */
record Plane(Session session, PlaneGrid grid, FrequencyDistribution2D rho) implements Dimension {

    Plane(Session session) {
        this(session, new PlaneGrid(session.domain().halfWidth(), session.domain().samples()), session.distribution2D());
    }

    @Override
    public int[] peakIndices(double[] targetAbs) {
        Target2D target = session.plane().target();
        double[][] nominal = target.nominalPeaks();
        return nominal.length > 0 ? PlanePeaks.snap(nominal, session.domain(), grid.magnitudes())
                : PlanePeaks.strongest(targetAbs, session.domain(), grid.magnitudes());
    }

    @Override
    public double[] sampleTarget() {
        return session.plane().target().sample(session.domain());
    }

    @Override
    public double dampingRate(double[] xi) {
        return PdeProblem2D.FACTOR * rho.density(xi[0], xi[1]);
    }

    @Override
    public FrequencyDraw frequencyDraw() {
        return FrequencyDraw.of(rho);
    }

    /** The 2D PDE solved once at the session's snapshot times, read back in order. */
    @Override
    public Prediction prediction(Setup setup) {
        return Prediction.sampled(predictionAt(setup, setup.snapshotTimes()));
    }

    /** Started from the exact transform of the initial residual at every mesh node, read at the grid's frequencies. */
    @Override
    public SpectrumTrajectory predictionAt(Setup setup, double[] times) {
        return PdeSolver2D.solveAt(problem(), setup.initialResidualOnGrid(), session.domain(), times);
    }

    /** The 2D PDE with coefficients from the very density the network sampled; Xi defaults to the Nyquist frequency. */
    PdeProblem2D problem() {
        return new PdeProblem2D(rho, session.network().sigmaA(), session.pde().diffusion(),
                session.pde().halfWidth(session.domain().nyquist()), session.pde().elements());
    }

    /** Matrix-free: FFT convolution (kernel limit) or the network's features (linearized), one Lanczos basis. */
    @Override
    public KernelFlow kernelFlow(KernelFlowKind kind, Setup setup) {
        KernelOperator k = kind == KernelFlowKind.KERNEL_LIMIT ? kernelLimit()
                : new EmpiricalKernelOperator2D(setup.twoLayerNetwork().orElseThrow(), session.domain());
        return KrylovKernelFlow.of(k, setup.initialResidualOnGrid(), setup.keptTimes());
    }

    @Override
    public double largestKernelEigenvalue(Setup setup) {
        return KernelSpectrumBound.largestEigenvalue(kernelLimit());
    }

    /** The infinite-width kernel K = Theta dx^2 on the data grid (a new operator: it is not thread-safe). */
    private InfiniteWidthOperator2D kernelLimit() {
        return new InfiniteWidthOperator2D(session.domain(), rho, session.network().sigmaA());
    }

    /** The Lanczos basis is converged at the kept times, which the training controls set: all of the configuration. */
    @Override
    public Session kernelFlowKey(Session configuration) {
        return configuration;
    }
}
