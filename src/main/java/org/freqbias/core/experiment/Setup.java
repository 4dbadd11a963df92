package org.freqbias.core.experiment;

import java.util.Arrays;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.pde.PdeProblem;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.Spectrum;

/**
 * Everything a session determines before training: the grid, the sampled target, the initial
 * network and its residual spectrum, the target's peaks and the PDE problem. Immutable; the arrays
 * it hands out are copies.
 */
public final class Setup {

    private final Session session;
    private final double[] x;
    private final double[] target;
    private final FourierFeatureNetwork initialNetwork;
    private final double[] initialFit;
    private final Spectrum initialResidual;
    private final int[] peakIndices;

    private Setup(Session session) {
        this.session = session;
        Domain domain = session.domain();
        this.x = domain.axis();
        this.target = session.target().sample(x);
        this.initialNetwork = FourierFeatureNetwork.initialize(session.network(), session.distribution(), session.training().seed());
        this.initialFit = initialNetwork.evaluate(x);
        this.initialResidual = Spectrum.of(initialResidualOnGrid(), domain);
        this.peakIndices = Peaks.locate(Spectrum.of(target, domain), session.target().nominalPeaks());
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

    public FourierFeatureNetwork initialNetwork() {
        return initialNetwork;
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

    /** Non-negative FFT frequencies of the grid. */
    public double[] frequencies() {
        return initialResidual.xi().clone();
    }

    /** Indices into the spectrum of the target's peaks, ascending in frequency. */
    public int[] peakIndices() {
        return peakIndices.clone();
    }

    /** The target's peak frequencies, snapped to the FFT grid. */
    public double[] peaks() {
        return Arrays.stream(peakIndices).mapToDouble(k -> initialResidual.xi()[k]).toArray();
    }

    /** The PDE this session predicts, with coefficients from the very distribution the network sampled. */
    public PdeProblem pdeProblem() {
        return new PdeProblem(session.distribution(), session.network().sigmaA(), session.pde().diffusion(),
                session.pde().halfWidth(domain().nyquist()), session.pde().elements());
    }

    /** Gradient-flow times of every snapshot of a full run: t = eta * step, step = 0, k, 2k, ..., steps. */
    public double[] snapshotTimes() {
        int steps = session.training().steps();
        int every = session.training().snapshotEvery();
        int count = (steps + every - 1) / every + 1;
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = session.training().timeAt(Math.min((long) i * every, steps));
        }
        return t;
    }
}
