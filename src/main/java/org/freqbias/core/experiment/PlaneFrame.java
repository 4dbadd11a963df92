package org.freqbias.core.experiment;

import java.util.Map;

/**
 * One snapshot of a 2D run beside the PDE at the same time t. Spectra are over the centred grid
 * ({@link PlaneSetup}).
 *
 * @param step gradient-descent steps done
 * @param time t = eta * step
 * @param loss the network's loss 1/2 sum (f - g)^2 dx^2
 * @param nnAbs |r^(xi, t)| of the network
 * @param pdeAbs |u(xi, t)| of the PDE (NaN outside its mesh)
 * @param pdeLoss the loss the PDE predicts through Parseval
 * @param agreement relative L2 distance between the two over |xi| <= the compared frequency ({@link Agreement})
 * @param fit the network's output f_t on the grid, row-major
 * @param references |r^(xi, t)| of each optional kernel flow by name ("ntk", "lin"), in order; empty without
 */
public record PlaneFrame(int step, double time, double loss, double[] nnAbs, double[] pdeAbs, double pdeLoss, double agreement,
                         double[] fit, Map<String, double[]> references) {
}
