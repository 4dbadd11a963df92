package org.freqbias.core.pde2d;

import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * The 2D PDE solution sampled at a list of times: {@code abs[i]} = |u(xi, times[i])| on the centred
 * FFT grid of the initial {@link org.freqbias.core.spectrum.Spectrum2D} (entry (k1 + N/2) N + (k2 + N/2)
 * at xi = (k1, k2) dxi, k in [-N/2, N/2); NaN outside the mesh) and {@code loss[i]} = Loss(times[i]).
 *
 * @param n the grid size N per axis
 * @param frequencySpacing dxi
 */
public record PdeTrajectory2D(double[] times, int n, double frequencySpacing, double[][] abs, double[] loss)
        implements SpectrumTrajectory {
}
