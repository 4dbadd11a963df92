package org.freqbias.core.experiment;

import org.freqbias.core.spectrum.Spectrum;

/**
 * The state of a training run at one step, as published to charts and files. The arrays are never
 * mutated after publication, so a snapshot may be read from any thread.
 *
 * @param step gradient-descent steps done
 * @param time gradient-flow time t = eta * step
 * @param loss 1/2 sum (f - g)^2 dx^d
 * @param fit f_t at the grid points ({@link org.freqbias.core.grid.Domain#points()} order; 2D row-major)
 * @param spectrum r^(xi, t) on the run's {@link org.freqbias.core.spectrum.FrequencyGrid}
 */
public record Snapshot(int step, double time, double loss, double[] fit, Spectrum spectrum) {
}
