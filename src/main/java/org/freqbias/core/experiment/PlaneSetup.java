package org.freqbias.core.experiment;

import java.util.Arrays;
import java.util.Comparator;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.pde2d.PdeProblem2D;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.Spectrum2D;

/**
 * Everything a 2D session determines before training, the counterpart of {@link Setup}: the
 * sampled target on the N x N grid, the initial 2-layer network, the transform of its residual on
 * the centred frequency grid, the target's peaks and the 2D PDE problem. Spectra are flat arrays
 * over the centred grid, entry c1 N + c2 at xi = (c1 - N/2, c2 - N/2) pi / L ({@link Spectrum2D}).
 * Immutable; the arrays it hands out are copies.
 */
public final class PlaneSetup {

    private final Session session;
    private final FrequencyDistribution2D rho;
    private final double[] target;
    private final NetworkModel network;
    private final Spectrum2D initialResidual;
    private final double[] magnitudes;
    private final int[] peakIndices;

    private PlaneSetup(Session session) {
        if (!session.isPlane()) {
            throw new IllegalArgumentException("a 1D session is set up by Setup");
        }
        this.session = session;
        Domain domain = session.domain();
        this.rho = session.distribution2D();
        this.target = session.plane().target().sample(domain);
        this.network = NetworkModel.of(session);
        // With zero initial output the trainer reports net - net_0, which is 0 before training.
        double[] fit = session.network().zeroInitialOutput() ? new double[target.length] : network.evaluate(domain);
        this.initialResidual = Spectrum2D.of(Residuals.of(fit, target), domain);
        int n = domain.samples();
        this.magnitudes = new double[n * n];
        for (int c = 0; c < magnitudes.length; c++) {
            magnitudes[c] = Math.hypot(initialResidual.frequency(c / n), initialResidual.frequency(c % n));
        }
        this.peakIndices = locatePeaks(session.plane().target().nominalPeaks());
    }

    public static PlaneSetup of(Session session) {
        return new PlaneSetup(session);
    }

    public Session session() {
        return session;
    }

    public Domain domain() {
        return session.domain();
    }

    /** g on the grid, row-major (N^2 values). */
    public double[] target() {
        return target.clone();
    }

    /** r^(xi, 0) on the centred grid: the PDE's initial condition. */
    public Spectrum2D initialResidual() {
        return initialResidual;
    }

    /** r^ of the residual f - g of a fit on the grid (row-major), on the centred grid. */
    public Spectrum2D residualSpectrum(double[] fit) {
        return Spectrum2D.of(Residuals.of(fit, target), domain());
    }

    /** |xi| at each centred grid index. */
    public double[] magnitudes() {
        return magnitudes.clone();
    }

    /** xi_axis (axis 0 or 1) of centred index c. */
    public double frequency(int c, int axis) {
        int n = domain().samples();
        return initialResidual.frequency(axis == 0 ? c / n : c % n);
    }

    /**
     * Centred indices of the target's peaks: each nominal (xi1, xi2) snapped to the nearest grid
     * frequency strictly inside the Nyquist square (others and xi = 0 dropped), duplicates removed,
     * ascending in |xi|.
     */
    public int[] peakIndices() {
        return peakIndices.clone();
    }

    /** The peaks' frequency vectors on the grid, in {@link #peakIndices()} order. */
    public double[][] peaks() {
        return Arrays.stream(peakIndices).mapToObj(c -> new double[] {frequency(c, 0), frequency(c, 1)}).toArray(double[][]::new);
    }

    /** 1 / ((2 pi)^2 rho(xi)) at each peak: its learning time without diffusion. */
    public double[] pureDampingTimes() {
        return Arrays.stream(peaks()).mapToDouble(p -> 1 / (PdeProblem2D.FACTOR * rho.density(p[0], p[1]))).toArray();
    }

    /** A fresh trainer from the initial network (2-layer or deep); the caller owns (and closes) it. */
    public Trainer newTrainer() {
        return network.trainer(domain(), target, session.training());
    }

    /** True when the PDE describes this network exactly (2 layers); false when it is only a reference. */
    public boolean pdeIsExact() {
        return !session.network().isDeep();
    }

    /** The 2D PDE with coefficients from the very density the network sampled; Xi defaults to the Nyquist frequency. */
    public PdeProblem2D pdeProblem() {
        return new PdeProblem2D(rho, session.network().sigmaA(), session.pde().diffusion(),
                session.pde().halfWidth(domain().nyquist()), session.pde().elements());
    }

    private int[] locatePeaks(double[][] nominal) {
        int n = domain().samples();
        double dxi = domain().frequencySpacing();
        return Arrays.stream(nominal)
                .mapToLong(f -> {
                    long k1 = Math.round(f[0] / dxi);
                    long k2 = Math.round(f[1] / dxi);
                    boolean inside = Math.abs(k1) < n / 2 && Math.abs(k2) < n / 2 && (k1 != 0 || k2 != 0);
                    return inside ? (k1 + n / 2) * n + (k2 + n / 2) : -1;
                })
                .filter(c -> c >= 0)
                .mapToInt(c -> (int) c)
                .distinct()
                .boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> magnitudes[c]))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
