package org.freqbias.core.experiment;

import java.util.Map;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * One snapshot of the network side by side with the predictions at the same time t, all spectra
 * on the run's frequency grid.
 *
 * @param snapshot the network's state
 * @param pdeAbs |u(xi, t)| of the PDE (NaN outside its mesh)
 * @param pdeLoss the loss the PDE predicts through Parseval
 * @param agreement relative L2 distance between network and PDE spectra (see {@link Agreement})
 * @param kernelFlows |r^(xi, t)| of each kernel flow of the run, in {@link KernelFlowKind} order; empty without
 */
public record Frame(Snapshot snapshot, double[] pdeAbs, double pdeLoss, double agreement,
        Map<KernelFlowKind, double[]> kernelFlows) {
}
