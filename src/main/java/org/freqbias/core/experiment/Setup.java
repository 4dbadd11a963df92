package org.freqbias.core.experiment;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.freqbias.core.dist.FrequencyDraw;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.kernel.KernelSpectrumBound;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.pde.PdeProblem;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.LineGrid;
import org.freqbias.core.spectrum.Spectrum;

/**
 * Everything a session determines before training: the grid, the sampled target, the initial
 * network and its residual spectrum, the target's peaks and the PDE problem. Immutable; the arrays
 * it hands out are copies.
 */
public final class Setup {

    private final Session session;
    private final LineGrid grid;
    private final double[] x;
    private final double[] target;
    private final NetworkModel model;
    private final double[] initialFit;
    private final Spectrum initialResidual;
    private final int[] peakIndices;

    private Setup(Session session) {
        if (session.isPlane()) {
            throw new IllegalArgumentException("a 2D session is set up by PlaneSetup");
        }
        this.session = session;
        Domain domain = session.domain();
        this.grid = LineGrid.of(domain);
        this.x = domain.axis();
        this.target = session.target().sample(x);
        this.model = NetworkModel.of(session, FrequencyDraw.of(session.distribution()));
        // Zero initial output means f_0 = 0 exactly (paired neurons, or net - net_0 for deep ones):
        // skip the m x N evaluation, which every slider drag would pay.
        this.initialFit = session.network().zeroInitialOutput() ? new double[x.length] : model.evaluate(domain);
        this.initialResidual = grid.transform(initialResidualOnGrid());
        this.peakIndices = Peaks.locate(grid, grid.transform(target).abs(), session.target().nominalPeaks());
    }

    public static Setup of(Session session) {
        return new Setup(session);
    }

    public Session session() {
        return session;
    }

    public Domain domain() {
        return session.domain();
    }

    public double[] x() {
        return x.clone();
    }

    /** g at the grid points. */
    public double[] target() {
        return target.clone();
    }

    /** The first-layer frequencies of the initial network, as drawn from the distribution. */
    public double[] initialFrequencies() {
        return model.frequencies();
    }

    /** The initial 2-layer network; empty for a deep network. */
    public Optional<FourierFeatureNetwork> twoLayerNetwork() {
        return model instanceof NetworkModel.TwoLayer twoLayer ? Optional.of(twoLayer.network()) : Optional.empty();
    }

    /** True when the PDE describes this network exactly (2 layers); false when it is only a reference. */
    public boolean pdeIsExact() {
        return !session.network().isDeep();
    }

    /**
     * The largest learning rate for which gradient descent on the kernel-limit linearization is
     * stable, 2 / lambda_max(Theta dx) ({@link KernelSpectrumBound}); empty for deep networks, whose
     * kernel is not this one. Computed on each call (about 10 ms at N = 1024).
     */
    public OptionalDouble maxStableLearningRate() {
        if (!pdeIsExact()) {
            return OptionalDouble.empty();
        }
        double lambda = KernelSpectrumBound.largestEigenvalue(x, session.distribution(), session.network().sigmaA());
        return lambda > 0 ? OptionalDouble.of(2 / lambda) : OptionalDouble.empty();
    }

    /** A fresh trainer for this setup's initial network; the caller owns (and closes) it. */
    public Trainer newTrainer() {
        return model.trainer(domain(), target, session.training());
    }

    /** f_0 at the grid points (all zero with zero initial output). */
    public double[] initialFit() {
        return initialFit.clone();
    }

    /** r_0 = f_0 - g on the grid. */
    public double[] initialResidualOnGrid() {
        return Residuals.of(initialFit, target);
    }

    /** r^(xi, 0), the transform of f_0 - g: the PDE's initial condition. */
    public Spectrum initialResidual() {
        return initialResidual;
    }

    /** The frequencies of every spectrum of the run: the non-negative FFT frequencies. */
    public LineGrid grid() {
        return grid;
    }

    /** Non-negative FFT frequencies of the grid. */
    public double[] frequencies() {
        return grid.frequencies();
    }

    /** Indices into the spectrum of the target's peaks, ascending in frequency. */
    public int[] peakIndices() {
        return peakIndices.clone();
    }

    /** The target's peak frequencies, snapped to the FFT grid. */
    public double[] peaks() {
        return Arrays.stream(peakIndices).mapToDouble(grid::xi).toArray();
    }

    /** The PDE this session predicts, with coefficients from the very distribution the network sampled. */
    public PdeProblem pdeProblem() {
        return new PdeProblem(session.distribution(), session.network().sigmaA(), session.pde().diffusion(),
                session.pde().halfWidth(domain().nyquist()), session.pde().elements());
    }

    /** Gradient-flow times of every snapshot of a full run ({@link org.freqbias.core.session.TrainingSpec#snapshotTimes}). */
    public double[] snapshotTimes() {
        return session.training().snapshotTimes();
    }
}
