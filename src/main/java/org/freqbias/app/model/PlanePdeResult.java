package org.freqbias.app.model;

import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.Prediction;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.freqbias.core.session.Session;

/**
 * One finished 2D PDE solve: request id, the setup solved for, |u| on the centred grid at every
 * snapshot time, the wall time (setup, assembly, factorization and all time steps) and the largest
 * stable learning rate of gradient descent on the kernel (NaN when unknown, as for deep networks).
 * {@code error} is non-null (the rest null) when it failed.
 */
public record PlanePdeResult(long id, PlaneSetup setup, SpectrumTrajectory trajectory, double millis,
        double maxStableLearningRate, String error) {

    /** Solves the 2D PDE of a session at its snapshot times; a failure becomes a result with an error. */
    static PlanePdeResult solve(long id, Session session) {
        long start = System.nanoTime();
        try {
            PlaneSetup setup = PlaneSetup.of(session);
            SpectrumTrajectory trajectory = Prediction.trajectory(setup, session.training().snapshotTimes());
            double millis = (System.nanoTime() - start) * 1e-6;
            return new PlanePdeResult(id, setup, trajectory, millis, setup.maxStableLearningRate().orElse(Double.NaN), null);
        } catch (RuntimeException e) {
            return new PlanePdeResult(id, null, null, 0, Double.NaN, "2D PDE solve failed: " + e.getMessage());
        }
    }
}
