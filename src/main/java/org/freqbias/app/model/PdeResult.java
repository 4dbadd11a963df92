package org.freqbias.app.model;

import org.freqbias.core.experiment.Setup;
import org.freqbias.core.pde.PdeTrajectory;

/**
 * One finished PDE solve: request id, the setup solved for, the trajectory at its snapshot times,
 * and the wall time of the solve. {@code error} is non-null (the rest null) when it failed.
 */
public record PdeResult(long id, Setup setup, PdeTrajectory trajectory, double millis, String error) {
}
