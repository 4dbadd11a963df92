package org.freqbias.core.experiment;

import java.util.Map;

/**
 * One snapshot of the network side by side with the predictions at the same time t.
 *
 * @param snapshot the network's state
 * @param pdeAbs |u(xi, t)| at the non-negative FFT frequencies (NaN outside the PDE's mesh)
 * @param pdeLoss the loss predicted through Parseval
 * @param agreement relative L2 distance between network and PDE spectra (see {@link Agreement})
 * @param references |r^(xi, t)| of each optional kernel flow, by name ("ntk", "lin"), in order
 */
public record Frame(Snapshot snapshot, double[] pdeAbs, double pdeLoss, double agreement, Map<String, double[]> references) {
}
