package org.freqbias.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import org.freqbias.core.pde2d.PdeExport;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.kernel.KernelSpectrumBound;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.session.PdeSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.TrainingSpec;
import org.freqbias.core.spectrum.FrequencyGrid;
import org.freqbias.core.spectrum.Spectrum;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Everything a session determines before training, in 1D and 2D alike: the grid and its
 * frequencies, the sampled target, the initial network and its residual with its spectrum, the
 * target's peaks, and what the PDE and the kernel flows of the run start from. Spectra are arrays
 * over the {@link #grid()}; where the dimensions differ the session's {@link Dimension} answers.
 * Immutable; the arrays it hands out are copies.
 */
public final class Setup implements RunFacts {

    /** PDE settings put in place of a session's own where they must not matter ({@link #configuration}). */
    private static final PdeSpec NO_PDE = new PdeSpec(2, 0, false);

    private final Session session;
    private final Dimension dimension;
    private final FrequencyGrid grid;
    private final double[] target;
    private final NetworkModel model;
    private final double[] initialFit;
    private final double[] initialResidualOnGrid;
    private final Spectrum initialResidual;
    private final double[] initialAbs;
    private final int[] peakIndices;

    private Setup(Session session) {
        this.session = session;
        this.dimension = Dimension.of(session);
        this.grid = dimension.grid();
        this.target = dimension.sampleTarget();
        this.model = NetworkModel.of(session, dimension.frequencyDraw());
        // Zero initial output means f_0 = 0 exactly (paired neurons, or net - net_0 for deep ones):
        // skip the m x N^d evaluation, which every slider drag would pay.
        this.initialFit = session.network().zeroInitialOutput() ? new double[target.length] : model.evaluate(domain());
        this.initialResidualOnGrid = Residuals.of(initialFit, target);
        this.initialResidual = grid.transform(initialResidualOnGrid);
        this.initialAbs = initialResidual.abs();
        this.peakIndices = dimension.peakIndices(grid.transform(target).abs());
    }

    public static Setup of(Session session) {
        return new Setup(session);
    }

    /**
     * The part of a session that decides what a run computes (network, PDE at the snapshot times,
     * kernel flows): all of it but name, description and PDE settings. Sessions with equal
     * configurations give equal runs.
     */
    public static Session configuration(Session s) {
        return new Session("", "", s.domain(), s.target(), s.distribution(), s.network(), s.training(), NO_PDE, s.plane());
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public FrequencyGrid grid() {
        return grid;
    }

    @Override
    public double[] target() {
        return target.clone();
    }

    /** The first-layer frequencies of the initial network, as drawn: component a of w_j at j d + a. */
    public double[] initialFrequencies() {
        return model.frequencies();
    }

    /** The initial 2-layer network (an immutable value); empty for a deep network. */
    public Optional<FourierFeatureNetwork> twoLayerNetwork() {
        return model instanceof NetworkModel.TwoLayer twoLayer ? Optional.of(twoLayer.network()) : Optional.empty();
    }

    /**
     * The largest learning rate for which gradient descent on the kernel-limit linearization is
     * stable, 2 / lambda_max(Theta dx^d) ({@link KernelSpectrumBound}); empty for deep networks,
     * whose kernel is not this one, and when K vanishes. Computed on each call (about 10 ms at
     * N = 1024 in 1D, about a second on a 64 x 64 grid).
     */
    public OptionalDouble maxStableLearningRate() {
        if (!pdeIsExact()) {
            return OptionalDouble.empty();
        }
        double lambda = dimension.largestKernelEigenvalue(this);
        return lambda > 0 ? OptionalDouble.of(2 / lambda) : OptionalDouble.empty();
    }

    /** A fresh trainer for this setup's initial network (2-layer or deep) on every core; the caller owns (and closes) it. */
    public Trainer newTrainer() {
        return model.trainer(domain(), target, session.training(), NetworkModel.ALL_CORES);
    }

    /**
     * As {@link #newTrainer()} on at most {@code threads} threads (>= 1): several runs at once give
     * each fewer. The trained network is the same for any count.
     */
    public Trainer newTrainer(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return model.trainer(domain(), target, session.training(), threads);
    }

    /** f_0 at the grid points (all zero with zero initial output). */
    public double[] initialFit() {
        return initialFit.clone();
    }

    /** r_0 = f_0 - g at the grid points. */
    public double[] initialResidualOnGrid() {
        return initialResidualOnGrid.clone();
    }

    /** r^(xi, 0), the transform of f_0 - g: the PDE's initial condition. */
    public Spectrum initialResidual() {
        return initialResidual;
    }

    @Override
    public double[] initialAbs() {
        return initialAbs.clone();
    }

    /** r^ of the residual f - g of a fit at the grid points. */
    public Spectrum residualSpectrum(double[] fit) {
        return grid.transform(Residuals.of(fit, target));
    }

    /** Step 0 of a run: f_0, r^_0 and its loss, without a trainer. */
    public Snapshot initialSnapshot() {
        return new Snapshot(0, 0, loss(initialResidualOnGrid), initialFit(), initialResidual);
    }

    /** Loss = 1/2 sum_i r_i^2 dx^d of a residual at the grid points. */
    double loss(double[] residual) {
        double sum = 0;
        for (double r : residual) {
            sum += r * r;
        }
        double loss = 0.5 * sum;
        double dx = domain().spacing();
        for (int a = 0; a < domain().dimension(); a++) {
            loss *= dx;
        }
        return loss;
    }

    @Override
    public int[] peakIndices() {
        return peakIndices.clone();
    }

    @Override
    public double pureDampingTime(double[] xi) {
        return 1 / dimension.dampingRate(xi);
    }

    /**
     * {@link #pureDampingTime} of {@code session}'s law without setting up a run (no network drawn,
     * no target sampled): what a recorded run draws.
     */
    public static ToDoubleFunction<double[]> pureDampingOf(Session session) {
        Dimension d = Dimension.of(session);
        return xi -> 1 / d.dampingRate(xi);
    }

    /** {@link #pureDampingTime} at each peak, in {@link #peakIndices()} order. */
    public double[] pureDampingTimes() {
        return Arrays.stream(peaks()).mapToDouble(this::pureDampingTime).toArray();
    }

    /** Gradient-flow times of every snapshot of a full run ({@link org.freqbias.core.session.TrainingSpec#snapshotTimes}). */
    public double[] snapshotTimes() {
        return session.training().snapshotTimes();
    }

    /**
     * The snapshot times a chart history of this run keeps at its end ({@link History#keptIndices}
     * with {@link History#capacityFor} the grid): every snapshot time up to that capacity (512 rows
     * for 1D grids and 64 x 64), beyond it a decimated set spanning the run, ending at its last
     * step. The app solves the PDE and evolves the kernel flows at these times only, so their
     * trajectories stay bounded whatever steps and snapshotEvery say.
     */
    public double[] keptTimes() {
        TrainingSpec training = session.training();
        int[] kept = History.keptIndices(training.snapshotCount(), History.capacityFor(grid.size()));
        double[] t = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            t[i] = training.snapshotTime(kept[i]);
        }
        return t;
    }

    /** The PDE's prediction for the run, read at the snapshot times in order (the headless runner's path). */
    public Prediction prediction() {
        return dimension.prediction(this);
    }

    /**
     * The PDE at all of {@code times} (non-decreasing, >= 0) at once, by the fast path meant for
     * interactive re-solves (a slider drag in the app).
     */
    public SpectrumTrajectory predictionAt(double[] times) {
        return dimension.predictionAt(this, times);
    }

    /**
     * Writes the 2D PDE's matrices, its initial values, {@code times} and its solution there into
     * {@code dir} ({@link PdeExport}), for a peer benchmark on the very same problem; returns the
     * number of mesh nodes. 2D sessions only: their solver is the one compared with SciPy.
     *
     * @throws IllegalArgumentException for a 1D session
     */
    public int exportPde(double[] times, Path dir) throws IOException {
        if (!(dimension instanceof Plane plane)) {
            throw new IllegalArgumentException("exporting the PDE needs a 2D session (domain.dimension 2)");
        }
        return PdeExport.write(plane.problem(), initialResidualOnGrid, domain(), times, dir);
    }

    /**
     * The residual evolved exactly by the kernel of {@code kind} on the data grid, from r_0 (1D: a
     * dense eigendecomposition, any t; 2D: one Lanczos basis converged at the {@link #keptTimes}, all
     * snapshot times of runs of up to 512 snapshots).
     *
     * @throws IllegalArgumentException for the linearized network of a deep network, whose kernel is not built here
     */
    public KernelFlow kernelFlow(KernelFlowKind kind) {
        if (kind == KernelFlowKind.LINEARIZED && twoLayerNetwork().isEmpty()) {
            throw new IllegalArgumentException("the linearized network is available for 2-layer networks only "
                    + "(this session has network.hiddenLayers)");
        }
        return dimension.kernelFlow(kind, this);
    }

    /**
     * {@code flow} sampled at {@code times}, shaped like the PDE's prediction so that charts and
     * distances read both alike: |r^(xi, t_i)| on the grid and Loss(t_i) = 1/2 sum_j r(x_j, t_i)^2 dx^d.
     */
    public SpectrumTrajectory kernelFlowTrajectory(KernelFlow flow, double[] times) {
        double[][] abs = new double[times.length][];
        double[] loss = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            double[] r = flow.residualAt(times[i]);
            abs[i] = grid.transform(r).abs();
            loss[i] = loss(r);
        }
        return new SpectrumTrajectory(grid, times.clone(), abs, loss);
    }

    /**
     * The part of this setup's {@link #configuration} that its kernel flows' construction reads: in
     * 1D everything but the training controls other than the seed (an eigendecomposition serves any
     * time), in 2D all of it (the Lanczos basis is converged at the kept times the training
     * controls set). Setups with equal keys can share a built flow.
     */
    public Session kernelFlowKey() {
        return dimension.kernelFlowKey(configuration(session));
    }
}
