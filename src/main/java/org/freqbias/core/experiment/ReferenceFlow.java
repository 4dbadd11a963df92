package org.freqbias.core.experiment;

import org.freqbias.core.kernel.InfiniteWidthKernel;
import org.freqbias.core.kernel.EigenKernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.kernel.KernelOperator;
import org.freqbias.core.kernel.KrylovKernelFlow;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.net.EmpiricalGridKernel;
import org.freqbias.core.net.EmpiricalKernelOperator2D;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * A kernel flow shown beside network and PDE to split their gap: "ntk" is the infinite-width kernel
 * (what the PDE describes, on the data grid), "lin" the network's own kernel at initialization
 * (the network linearized: what finite width alone does).
 *
 * <p>1D: the dense N x N eigendecomposition ({@link EigenKernelFlow}), r(t) at any t. 2D: the N^2 x N^2
 * matrix is too large to diagonalize (minutes at 64 x 64), so the kernel is applied matrix-free and
 * exp(-K t) r(0) comes from one Lanczos basis ({@link KrylovKernelFlow}), converged at the session's
 * snapshot times.
 */
public record ReferenceFlow(String name, KernelFlow flow) {

    public static final String KERNEL_LIMIT = KernelFlowKind.KERNEL_LIMIT.shortName();
    public static final String LINEARIZED = KernelFlowKind.LINEARIZED.shortName();

    public static ReferenceFlow kernelLimit(Setup setup) {
        return new ReferenceFlow(KERNEL_LIMIT, EigenKernelFlow.of(InfiniteWidthKernel.onUniformGrid(setup.x(),
                setup.session().distribution(), setup.session().network().sigmaA()),
                setup.domain().spacing(), setup.initialResidualOnGrid()));
    }

    /** @throws IllegalArgumentException for a deep network, whose empirical kernel is not built here */
    public static ReferenceFlow linearized(Setup setup) {
        FourierFeatureNetwork network = setup.twoLayerNetwork().orElseThrow(() -> new IllegalArgumentException(
                "the linearized network is available for 2-layer networks only (this session has hiddenLayers)"));
        return new ReferenceFlow(LINEARIZED, EigenKernelFlow.of(EmpiricalGridKernel.onUniformGrid(network, setup.x()),
                setup.domain().spacing(), setup.initialResidualOnGrid()));
    }

    /**
     * The flow sampled at {@code times}, shaped like the PDE's prediction so that charts and
     * distances read both alike: |r^(xi_k, t_i)| at the setup's FFT frequencies and
     * Loss(t_i) = 1/2 sum_j r(x_j, t_i)^2 dx. Costs one N x N product per time.
     */
    public SpectrumTrajectory trajectory(Setup setup, double[] times) {
        double[][] abs = new double[times.length][];
        double[] loss = new double[times.length];
        double dx = setup.domain().spacing();
        for (int i = 0; i < times.length; i++) {
            double[] r = flow.residualAt(times[i]);
            abs[i] = setup.grid().transform(r).abs();
            loss[i] = 0.5 * sumOfSquares(r) * dx;
        }
        return new SpectrumTrajectory(setup.grid(), times.clone(), abs, loss);
    }

    /** The infinite-width kernel flow of a 2D session, at its snapshot times. */
    public static ReferenceFlow kernelLimit(PlaneSetup setup) {
        return krylov(KERNEL_LIMIT, setup.kernelLimitOperator(), setup);
    }

    /** The 2D network's kernel at initialization; @throws IllegalArgumentException for a deep network. */
    public static ReferenceFlow linearized(PlaneSetup setup) {
        FourierFeatureNetwork network = setup.twoLayerNetwork().orElseThrow(() -> new IllegalArgumentException(
                "the linearized network is available for 2-layer networks only (this session has hiddenLayers)"));
        return krylov(LINEARIZED, new EmpiricalKernelOperator2D(network, setup.domain()), setup);
    }

    /**
     * The 2D flow sampled at {@code times} (converged at the session's snapshot times, see
     * {@link #kernelLimit(PlaneSetup)}), shaped like the 2D PDE's prediction: |r^(xi, t_i)| on the
     * centred grid of {@link PlaneSetup} and Loss(t_i) = 1/2 sum_j r(x_j, t_i)^2 dx^2.
     */
    public SpectrumTrajectory trajectory(PlaneSetup setup, double[] times) {
        double[][] abs = new double[times.length][];
        double[] loss = new double[times.length];
        double dx = setup.domain().spacing();
        for (int i = 0; i < times.length; i++) {
            double[] r = flow.residualAt(times[i]);
            abs[i] = setup.grid().transform(r).abs();
            loss[i] = 0.5 * sumOfSquares(r) * dx * dx;
        }
        return new SpectrumTrajectory(setup.grid(), times.clone(), abs, loss);
    }

    private static double sumOfSquares(double[] r) {
        double sum = 0;
        for (double v : r) {
            sum += v * v;
        }
        return sum;
    }

    private static ReferenceFlow krylov(String name, KernelOperator k, PlaneSetup setup) {
        return new ReferenceFlow(name, KrylovKernelFlow.of(k, setup.initialResidualOnGrid(), setup.session().training().snapshotTimes()));
    }
}
