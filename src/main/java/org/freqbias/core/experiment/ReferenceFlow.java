package org.freqbias.core.experiment;

import org.ejml.data.DMatrixRMaj;
import org.freqbias.core.kernel.InfiniteWidthKernel;
import org.freqbias.core.kernel.InfiniteWidthOperator2D;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelOperator;
import org.freqbias.core.kernel.KrylovFlow;
import org.freqbias.core.kernel.ResidualFlow;
import org.freqbias.core.net.EmpiricalKernel;
import org.freqbias.core.net.EmpiricalKernelOperator2D;
import org.freqbias.core.net.FourierFeatureNetwork;

/**
 * A kernel flow shown beside network and PDE to split their gap: "ntk" is the infinite-width kernel
 * (what the PDE describes, on the data grid), "lin" the network's own kernel at initialization
 * (the network linearized: what finite width alone does).
 *
 * <p>1D: the dense N x N eigendecomposition ({@link KernelFlow}), r(t) at any t. 2D: the N^2 x N^2
 * matrix is too large to diagonalize (minutes at 64 x 64), so the kernel is applied matrix-free and
 * exp(-K t) r(0) comes from one Lanczos basis ({@link KrylovFlow}), converged at the session's
 * snapshot times.
 */
public record ReferenceFlow(String name, ResidualFlow flow) {

    public static final String KERNEL_LIMIT = "ntk";
    public static final String LINEARIZED = "lin";

    public static ReferenceFlow kernelLimit(Setup setup) {
        return new ReferenceFlow(KERNEL_LIMIT, KernelFlow.of(InfiniteWidthKernel.onUniformGrid(setup.x(),
                setup.session().distribution(), setup.session().network().sigmaA()),
                setup.domain().spacing(), setup.initialResidualOnGrid()));
    }

    /** @throws IllegalArgumentException for a deep network, whose empirical kernel is not built here */
    public static ReferenceFlow linearized(Setup setup) {
        FourierFeatureNetwork network = setup.twoLayerNetwork().orElseThrow(() -> new IllegalArgumentException(
                "the linearized network is available for 2-layer networks only (this session has hiddenLayers)"));
        return new ReferenceFlow(LINEARIZED, KernelFlow.of(new DMatrixRMaj(EmpiricalKernel.matrix(network, setup.x())),
                setup.domain().spacing(), setup.initialResidualOnGrid()));
    }

    /** The infinite-width kernel flow of a 2D session, at its snapshot times. */
    public static ReferenceFlow kernelLimit(PlaneSetup setup) {
        return krylov(KERNEL_LIMIT, setup.kernelLimitOperator(), setup);
    }

    /** The 2D network's kernel at initialization (2D sessions are 2-layer networks: {@code Session} refuses deep ones). */
    public static ReferenceFlow linearized(PlaneSetup setup) {
        return krylov(LINEARIZED, new EmpiricalKernelOperator2D(setup.network(), setup.domain()), setup);
    }

    private static ReferenceFlow krylov(String name, KernelOperator k, PlaneSetup setup) {
        return new ReferenceFlow(name, KrylovFlow.of(k, setup.initialResidualOnGrid(), setup.session().training().snapshotTimes()));
    }
}
