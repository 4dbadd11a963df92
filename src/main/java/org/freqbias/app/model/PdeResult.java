package org.freqbias.app.model;

import org.freqbias.core.experiment.Prediction;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.freqbias.core.session.Session;

/**
 * One finished PDE solve: request id, the setup solved for, the trajectory at its snapshot times,
 * the wall time of the solve, and the largest stable learning rate of gradient descent on the
 * kernel (NaN when unknown, as for deep networks). {@code error} is non-null (the rest null) when
 * it failed.
 */
public record PdeResult(long id, Setup setup, SpectrumTrajectory trajectory, double millis, double maxStableLearningRate,
        String error) {

    /** Solves the PDE of a 1D session at its snapshot times; a failure becomes a result with an error. */
    static PdeResult solve(long id, Session session) {
        long start = System.nanoTime();
        try {
            Setup setup = Setup.of(session);
            SpectrumTrajectory trajectory = Prediction.trajectory(setup, setup.snapshotTimes());
            double millis = (System.nanoTime() - start) * 1e-6;
            return new PdeResult(id, setup, trajectory, millis, setup.maxStableLearningRate().orElse(Double.NaN), null);
        } catch (RuntimeException e) {
            return new PdeResult(id, null, null, 0, Double.NaN, "PDE solve failed: " + e.getMessage());
        }
    }
}
