package org.freqbias.app.model;

import org.freqbias.core.experiment.Setup;
import org.freqbias.core.pde.PdeTrajectory;

/**
 * One finished PDE solve: request id, the setup solved for, the trajectory at its snapshot times,
 * the wall time of the solve, and the largest stable learning rate of gradient descent on the
 * kernel (NaN when unknown, as for deep networks). {@code error} is non-null (the rest null) when
 * it failed.
 */
public record PdeResult(long id, Setup setup, PdeTrajectory trajectory, double millis, double maxStableLearningRate,
        String error) {
}
