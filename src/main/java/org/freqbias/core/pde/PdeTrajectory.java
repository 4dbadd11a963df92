package org.freqbias.core.pde;

import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * The PDE solution sampled at a list of times: {@code abs[i][k]} = |u(xi[k], times[i])| at the data
 * frequencies (NaN beyond Xi) and {@code loss[i]} = Loss(times[i]).
 */
public record PdeTrajectory(double[] times, double[] xi, double[][] abs, double[] loss) implements SpectrumTrajectory {
}
