package org.freqbias.core.experiment;

import org.freqbias.core.dist.FrequencyDraw;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.FrequencyGrid;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * What truly differs between a 1D ({@link Line}) and a 2D ({@link Plane}) session, chosen once from
 * the session: the frequency grid and the law of the first-layer frequencies, sampling the target,
 * locating its peaks, the density behind pure damping, the PDE of that dimension, the kernel flows
 * (dense eigendecomposition in 1D, matrix-free Lanczos in 2D) and the stability bound (dense power
 * iteration in 1D, FFT operator in 2D). Everything else of the pipeline ({@link Setup},
 * {@link TrainingRun}, {@link ExperimentRunner}, agreement, learning times, history) is shared code
 * over arrays indexed by the {@link FrequencyGrid}.
 */
sealed interface Dimension permits Line, Plane {

    static Dimension of(Session session) {
        return session.isPlane() ? new Plane(session) : new Line(session);
    }

    /** Where the run's spectra live. */
    FrequencyGrid grid();

    /**
     * Indices into {@link #grid()} of the target's spectral peaks, ascending in |xi|, from |g^|
     * ({@code targetAbs}) on the grid: the nominal peaks snapped to the grid, or, for a target
     * without nominal peaks, peaks derived from its spectrum.
     */
    int[] peakIndices(double[] targetAbs);

    /** g at the grid points ({@link org.freqbias.core.grid.Domain#points()} order). */
    double[] sampleTarget();

    /** (2 pi)^d rho(xi): the rate at which frequency xi decays without diffusion. */
    double dampingRate(double[] xi);

    /** How the network draws its first-layer frequency vectors from the session's law. */
    FrequencyDraw frequencyDraw();

    /** The PDE's prediction for {@code setup}'s run, read at its snapshot times in order. */
    Prediction prediction(Setup setup);

    /** The PDE at all {@code times} at once, by the fast path meant for interactive re-solves. */
    SpectrumTrajectory predictionAt(Setup setup, double[] times);

    /** The kernel flow of {@code kind} from {@code setup}'s initial residual (a 2-layer setup for the linearized network). */
    KernelFlow kernelFlow(KernelFlowKind kind, Setup setup);

    /** lambda_max of the kernel-limit operator K = Theta dx^d on the data grid. */
    double largestKernelEigenvalue(Setup setup);

    /**
     * The part of a run configuration ({@link Setup#configuration}) that a kernel flow's construction
     * reads: configurations with equal keys can share one built flow.
     */
    Session kernelFlowKey(Session configuration);
}
