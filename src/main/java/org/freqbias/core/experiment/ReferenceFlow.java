package org.freqbias.core.experiment;

import org.freqbias.core.net.EmpiricalKernel;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.ejml.data.DMatrixRMaj;
import org.freqbias.core.kernel.InfiniteWidthKernel;
import org.freqbias.core.kernel.KernelFlow;

/**
 * A kernel flow shown beside network and PDE to split their gap: "ntk" is the infinite-width kernel
 * (what the PDE describes, on the data grid), "lin" the network's own kernel at initialization
 * (the network linearized: what finite width alone does).
 */
public record ReferenceFlow(String name, KernelFlow flow) {

    public static ReferenceFlow kernelLimit(Setup setup) {
        return new ReferenceFlow("ntk", KernelFlow.of(InfiniteWidthKernel.onUniformGrid(setup.x(),
                setup.session().distribution(), setup.session().network().sigmaA()),
                setup.domain().spacing(), setup.initialResidualOnGrid()));
    }

    /** @throws IllegalArgumentException for a deep network, whose empirical kernel is not built here */
    public static ReferenceFlow linearized(Setup setup) {
        FourierFeatureNetwork network = setup.twoLayerNetwork().orElseThrow(() -> new IllegalArgumentException(
                "the linearized network is available for 2-layer networks only (this session has hiddenLayers)"));
        return new ReferenceFlow("lin", KernelFlow.of(new DMatrixRMaj(EmpiricalKernel.matrix(network, setup.x())),
                setup.domain().spacing(), setup.initialResidualOnGrid()));
    }
}
