package org.freqbias.app.model;

import java.util.function.Function;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * One finished PDE solve, for a session of either dimension: request id, the setup solved for, the
 * trajectory at its kept times ({@link Setup#keptTimes}: all snapshot times up to 512, a
 * decimated set spanning longer runs), the wall time of the solve (in 2D with the mesh assembly and the
 * sparse factorization), and the largest stable learning rate of gradient descent on the kernel
 * (NaN when unknown, as for deep networks). {@code error} is non-null (the rest null) when it failed.
 */
public record PdeResult(long id, Setup setup, SpectrumTrajectory trajectory, double millis, double maxStableLearningRate,
        String error) {

    /** Solves the PDE of a session at its kept times, timing the set-up ({@code setups}) and the solve. */
    static PdeResult solve(long id, Session session, Function<Session, Setup> setups) {
        long start = System.nanoTime();
        Setup setup = setups.apply(session);
        SpectrumTrajectory trajectory = setup.predictionAt(setup.keptTimes());
        double millis = (System.nanoTime() - start) * 1e-6;
        return new PdeResult(id, setup, trajectory, millis, setup.maxStableLearningRate().orElse(Double.NaN), null);
    }

    /** A solve that failed, with the message to show. */
    static PdeResult failed(long id, String error) {
        return new PdeResult(id, null, null, 0, Double.NaN, error);
    }
}
