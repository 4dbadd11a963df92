package org.freqbias.app.model;

import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * One finished kernel-flow computation: request id, the configuration it was computed for
 * ({@link org.freqbias.core.experiment.Setup#configuration}), |r^(xi, t)| and Loss(t) of the
 * residual evolved by the flow's kernel at the run's kept times ({@link org.freqbias.core.experiment.Setup#keptTimes}), and the wall time of the
 * computation. {@code error} is non-null (trajectory null) when it failed.
 */
public record KernelFlowResult(long id, Session configuration, SpectrumTrajectory trajectory, double millis, String error) {
}
