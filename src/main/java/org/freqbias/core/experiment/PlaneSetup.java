package org.freqbias.core.experiment;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.FrequencyDraw;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.kernel.InfiniteWidthOperator2D;
import org.freqbias.core.kernel.KernelSpectrumBound;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.pde2d.PdeProblem2D;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.PlaneGrid;
import org.freqbias.core.spectrum.Spectrum;

/**
 * Everything a 2D session determines before training, the counterpart of {@link Setup}: the
 * sampled target on the N x N grid, the initial 2-layer network, the transform of its residual on
 * the centred frequency grid, the target's peaks and the 2D PDE problem. Spectra are flat arrays
 * over the centred grid, entry c1 N + c2 at xi = (c1 - N/2, c2 - N/2) pi / L ({@link PlaneGrid}).
 * Immutable; the arrays it hands out are copies.
 */
public final class PlaneSetup {

    private final Session session;
    private final PlaneGrid grid;
    private final FrequencyDistribution2D rho;
    private final double[] target;
    private final NetworkModel network;
    private final double[] initialResidualOnGrid;
    private final Spectrum initialResidual;
    private final double[] magnitudes;
    private final int[] peakIndices;

    private PlaneSetup(Session session) {
        if (!session.isPlane()) {
            throw new IllegalArgumentException("a 1D session is set up by Setup");
        }
        this.session = session;
        Domain domain = session.domain();
        this.grid = PlaneGrid.of(domain);
        this.rho = session.distribution2D();
        this.target = session.plane().target().sample(domain);
        this.network = NetworkModel.of(session, FrequencyDraw.of(session.distribution2D()));
        // With zero initial output the trainer reports net - net_0, which is 0 before training.
        double[] fit = session.network().zeroInitialOutput() ? new double[target.length] : network.evaluate(domain);
        this.initialResidualOnGrid = Residuals.of(fit, target);
        this.initialResidual = grid.transform(initialResidualOnGrid);
        this.magnitudes = grid.magnitudes();
        double[][] nominal = session.plane().target().nominalPeaks();
        this.peakIndices = nominal.length > 0 ? PlanePeaks.snap(nominal, domain, magnitudes)
                : PlanePeaks.strongest(grid.transform(target).abs(), domain, magnitudes);
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

    /** r_0 = f_0 - g on the grid, row-major. */
    public double[] initialResidualOnGrid() {
        return initialResidualOnGrid.clone();
    }

    /** The initial 2-layer network (an immutable value); empty for a deep network. */
    public Optional<FourierFeatureNetwork> twoLayerNetwork() {
        return network instanceof NetworkModel.TwoLayer twoLayer ? Optional.of(twoLayer.network()) : Optional.empty();
    }

    /** The infinite-width kernel K = Theta dx^2 on the data grid, matrix-free (a new operator: it is not thread-safe). */
    public InfiniteWidthOperator2D kernelLimitOperator() {
        return new InfiniteWidthOperator2D(domain(), rho, session.network().sigmaA());
    }

    /**
     * 2 / lambda_max(Theta dx^2): above this learning rate gradient descent on the kernel-limit
     * linearization is unstable ({@link KernelSpectrumBound}); empty when K vanishes. About a second
     * on a 64 x 64 grid (the characteristic function on every lag, then power iteration by FFT).
     */
    public OptionalDouble maxStableLearningRate() {
        if (!pdeIsExact()) {
            return OptionalDouble.empty();
        }
        double lambda = KernelSpectrumBound.largestEigenvalue(kernelLimitOperator());
        return lambda > 0 ? OptionalDouble.of(2 / lambda) : OptionalDouble.empty();
    }

    /** r^(xi, 0) on the centred grid: the PDE's initial condition. */
    public Spectrum initialResidual() {
        return initialResidual;
    }

    /** r^ of the residual f - g of a fit on the grid (row-major), on the centred grid. */
    public Spectrum residualSpectrum(double[] fit) {
        return grid.transform(Residuals.of(fit, target));
    }

    /** The frequencies of every spectrum of the run: the centred FFT grid. */
    public PlaneGrid grid() {
        return grid;
    }

    /** |xi| at each centred grid index. */
    public double[] magnitudes() {
        return magnitudes.clone();
    }

    /** xi_axis (axis 0 or 1) of centred index c. */
    public double frequency(int c, int axis) {
        int n = domain().samples();
        return grid.axisFrequency(axis == 0 ? c / n : c % n);
    }

    /**
     * Centred indices of the target's peaks, ascending in |xi|: each nominal (xi1, xi2) snapped to
     * the nearest grid frequency strictly inside the Nyquist square (others and xi = 0 dropped,
     * duplicates removed); for a target without nominal peaks (an image), the strongest |g^| in each
     * of three equal rings up to half the Nyquist frequency ({@link PlanePeaks#strongest}).
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
}
