package org.freqbias.core.experiment;

import org.freqbias.core.spectrum.Spectrum;

/**
 * The state of a training run at one step, as published to charts and files. The arrays are never
 * mutated after publication, so a snapshot may be read from any thread.
 *
 * @param step gradient-descent steps done
 * @param time gradient-flow time t = eta * step
 * @param loss 1/2 sum (f - g)^2 dx
 * @param fit f_t on the grid
 * @param spectrum r^(xi, t) at the non-negative FFT frequencies
 */
public record Snapshot(int step, double time, double loss, double[] fit, Spectrum spectrum) {
}
