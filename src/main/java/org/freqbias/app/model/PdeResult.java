package org.freqbias.app.model;

import org.freqbias.core.experiment.Setup;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * One finished PDE solve, for a session of either dimension: request id, the setup solved for, the
 * trajectory at its snapshot times, the wall time of the solve (in 2D with the mesh assembly and the
 * sparse factorization), and the largest stable learning rate of gradient descent on the kernel
 * (NaN when unknown, as for deep networks). {@code error} is non-null (the rest null) when it failed.
 */
public record PdeResult(long id, Setup setup, SpectrumTrajectory trajectory, double millis, double maxStableLearningRate,
        String error) {

    /** Solves the PDE of a session at its snapshot times; a failure becomes a result with an error. */
    static PdeResult solve(long id, Session session) {
        long start = System.nanoTime();
        try {
            Setup setup = Setup.of(session);
            SpectrumTrajectory trajectory = setup.predictionAt(setup.snapshotTimes());
            double millis = (System.nanoTime() - start) * 1e-6;
            return new PdeResult(id, setup, trajectory, millis, setup.maxStableLearningRate().orElse(Double.NaN), null);
        } catch (RuntimeException e) {
            return new PdeResult(id, null, null, 0, Double.NaN, "PDE solve failed: " + e.getMessage());
        }
    }
}
