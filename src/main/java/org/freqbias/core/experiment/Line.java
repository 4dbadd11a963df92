package org.freqbias.core.experiment;

import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.FrequencyDraw;
import org.freqbias.core.kernel.EigenKernelFlow;
import org.freqbias.core.kernel.InfiniteWidthKernel;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.kernel.KernelSpectrumBound;
import org.freqbias.core.net.EmpiricalGridKernel;
import org.freqbias.core.pde.PdeProblem;
import org.freqbias.core.pde.PdeSolver;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.TrainingSpec;
import org.freqbias.core.spectrum.LineGrid;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * A 1D session: the non-negative FFT frequencies, the 1D PDE (exact eigen solution in time for a
 * run, CRAM stepping for interactive re-solves) and N x N kernel matrices, small enough to
 * diagonalize (a few seconds at N = 1024), so a kernel flow serves any time.
 *
 * @param rho the law of the first-layer frequencies, the PDE's coefficient
 */
record Line(Session session, LineGrid grid, FrequencyDistribution rho) implements Dimension {

    Line(Session session) {
        this(session, new LineGrid(session.domain().halfWidth(), session.domain().samples()), session.distribution());
    }

    @Override
    public int[] peakIndices(double[] targetAbs) {
        return LinePeaks.locate(grid, targetAbs, session.target().nominalPeaks());
    }

    @Override
    public double[] sampleTarget() {
        return session.target().sample(session.domain().axis());
    }

    @Override
    public double dampingRate(double[] xi) {
        return PdeProblem.FACTOR * rho.density(xi[0]);
    }

    @Override
    public FrequencyDraw frequencyDraw() {
        return FrequencyDraw.of(rho);
    }

    /** The exact solution in time (the eigendecomposition, or CRAM beyond {@link PdeSolver#EXACT_MAX_NODES}), at any t. */
    @Override
    public Prediction prediction(Setup setup) {
        return Prediction.of(PdeSolver.solve(problem(), session.domain(), setup.initialResidualOnGrid()), grid.frequencies());
    }

    @Override
    public SpectrumTrajectory predictionAt(Setup setup, double[] times) {
        return PdeSolver.solveAt(problem(), grid, session.domain(), setup.initialResidualOnGrid(), times);
    }

    /** The PDE with coefficients from the very distribution the network sampled; Xi defaults to the Nyquist frequency. */
    private PdeProblem problem() {
        return new PdeProblem(rho, session.network().sigmaA(), session.pde().diffusion(),
                session.pde().halfWidth(session.domain().nyquist()), session.pde().elements());
    }

    /** The N x N kernel on the grid, diagonalized once: r(t) at any t. */
    @Override
    public KernelFlow kernelFlow(KernelFlowKind kind, Setup setup) {
        double[] x = session.domain().axis();
        return EigenKernelFlow.of(kind == KernelFlowKind.KERNEL_LIMIT
                        ? InfiniteWidthKernel.onUniformGrid(x, rho, session.network().sigmaA())
                        : EmpiricalGridKernel.onUniformGrid(setup.twoLayerNetwork().orElseThrow(), x),
                session.domain().spacing(), setup.initialResidualOnGrid());
    }

    @Override
    public double largestKernelEigenvalue(Setup setup) {
        return KernelSpectrumBound.largestEigenvalue(session.domain().axis(), rho, session.network().sigmaA());
    }

    /** The eigendecomposition serves any time: the training controls but the seed (which draws the network and r(0)) do not matter. */
    @Override
    public Session kernelFlowKey(Session configuration) {
        return configuration.withTraining(new TrainingSpec(1, 1, configuration.training().seed(), 1));
    }
}
