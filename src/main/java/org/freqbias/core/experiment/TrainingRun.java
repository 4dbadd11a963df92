package org.freqbias.core.experiment;

import java.io.IOException;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.net.TrainingDivergedException;
import org.freqbias.core.session.TrainingSpec;

/**
 * One training run of a {@link Setup}, advanced snapshot by snapshot: the setup's trainer stepped
 * to the session's snapshot boundaries, each {@link Snapshot} made from the fit. Not thread-safe:
 * one thread owns a run (the CLI's main thread, or the app's trainer thread).
 */
public final class TrainingRun implements AutoCloseable {

    /** Receives snapshots in time order, on the run's thread. */
    @FunctionalInterface
    public interface Visitor {
        void snapshot(Snapshot snapshot) throws IOException;
    }

    private final Setup setup;
    private final TrainingSpec training;
    private final Trainer descent;
    private long trainNanos;

    /** A run from the setup's initial network on every core; close it to release the trainer's threads. */
    public TrainingRun(Setup setup) {
        this(setup, setup.newTrainer());
    }

    /** The same on at most {@code threads} threads (the same run, for any count). */
    public TrainingRun(Setup setup, int threads) {
        this(setup, setup.newTrainer(threads));
    }

    private TrainingRun(Setup setup, Trainer trainer) {
        this.setup = setup;
        this.training = setup.session().training();
        this.descent = trainer;
    }

    public Setup setup() {
        return setup;
    }

    public int stepsDone() {
        return (int) descent.stepsDone();
    }

    public boolean finished() {
        return stepsDone() >= training.steps();
    }

    /** The snapshot at the current step (step 0 before any {@link #advance}): t = eta * step, the trainer's loss. */
    public Snapshot snapshot() {
        int step = stepsDone();
        double[] fit = descent.fit();
        return new Snapshot(step, training.timeAt(step), descent.loss(), fit, setup.residualSpectrum(fit));
    }

    /**
     * Trains to the next multiple of the snapshot period (or the last step) and returns the
     * snapshot there.
     *
     * @throws TrainingDivergedException when the loss stops being finite
     */
    public Snapshot advance() {
        int next = training.nextSnapshotStep(stepsDone());
        long start = System.nanoTime();
        try {
            while (stepsDone() < next) {
                descent.step();
            }
        } finally {
            trainNanos += System.nanoTime() - start;
        }
        return snapshot();
    }

    /**
     * Hands the current snapshot and every later one to {@code visitor}, to the last step or until
     * the loss diverges.
     *
     * @return the divergence message, or null when the run reached its last step
     */
    public String visitAll(Visitor visitor) throws IOException {
        Snapshot s = snapshot();
        while (true) {
            visitor.snapshot(s);
            if (finished()) {
                return null;
            }
            try {
                s = advance();
            } catch (TrainingDivergedException e) {
                return e.getMessage();
            }
        }
    }

    /** Wall time spent in gradient-descent steps by {@link #advance}, in seconds. */
    public double trainSeconds() {
        return trainNanos / 1e9;
    }

    /** Runs exactly one gradient-descent step (unless finished) and returns the snapshot. */
    public Snapshot step() {
        if (!finished()) {
            descent.step();
        }
        return snapshot();
    }

    /** Releases the trainer's worker threads, if any; idempotent. */
    @Override
    public void close() {
        descent.close();
    }
}
