package org.freqbias.core.experiment;

import org.freqbias.core.net.EmpiricalKernel;
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

    public static ReferenceFlow linearized(Setup setup) {
        return new ReferenceFlow("lin", KernelFlow.of(new DMatrixRMaj(EmpiricalKernel.matrix(setup.initialNetwork(), setup.x())),
                setup.domain().spacing(), setup.initialResidualOnGrid()));
    }
}
