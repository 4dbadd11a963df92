package org.freqbias.core.experiment;

import org.freqbias.core.spectrum.Spectrum;

/**
 * The state of a 2D training run at one step, the counterpart of {@link Snapshot}. The arrays are
 * never mutated after publication, so a snapshot may be read from any thread.
 *
 * @param step gradient-descent steps done
 * @param time gradient-flow time t = eta * step
 * @param loss 1/2 sum (f - g)^2 dx^2
 * @param fit f_t on the grid, row-major (fit[i1 N + i2] = f(x_i1, x_i2))
 * @param spectrum r^(xi, t) on the centred frequency grid
 */
public record PlaneSnapshot(int step, double time, double loss, double[] fit, Spectrum spectrum) {
}
