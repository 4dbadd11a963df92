package org.freqbias.core.experiment;

import java.io.IOException;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.net.TrainingDivergedException;
import org.freqbias.core.session.TrainingSpec;

/**
 * A training run advanced snapshot by snapshot, in 1D ({@link TrainingRun}) or 2D
 * ({@link PlaneTrainingRun}): one trainer stepped to the session's snapshot boundaries, each
 * snapshot made by the subclass from the fit. Not thread-safe: one thread owns a run (the CLI's
 * main thread, or the app's trainer thread).
 *
 * @param <S> the snapshot type
 */
public abstract class SnapshotRun<S> implements AutoCloseable {

    private final TrainingSpec training;
    private final Trainer descent;
    private long trainNanos;

    /** Receives snapshots in time order, on the run's thread. */
    @FunctionalInterface
    public interface Visitor<S> {
        void snapshot(S snapshot) throws IOException;
    }

    /** @param descent a fresh trainer, owned (and closed) by this run from now on */
    protected SnapshotRun(TrainingSpec training, Trainer descent) {
        this.training = training;
        this.descent = descent;
    }

    /** The snapshot of fit {@code fit} at {@code step} (time t = eta * step, loss as the trainer reports it). */
    protected abstract S snapshotOf(int step, double time, double loss, double[] fit);

    public final int stepsDone() {
        return (int) descent.stepsDone();
    }

    public final boolean finished() {
        return stepsDone() >= training.steps();
    }

    /** The snapshot at the current step (step 0 before any {@link #advance}). */
    public final S snapshot() {
        int step = stepsDone();
        return snapshotOf(step, training.timeAt(step), descent.loss(), descent.fit());
    }

    /**
     * Trains to the next multiple of the snapshot period (or the last step) and returns the
     * snapshot there.
     *
     * @throws org.freqbias.core.net.TrainingDivergedException when the loss stops being finite
     */
    public final S advance() {
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
    public final String visitAll(Visitor<S> visitor) throws IOException {
        S s = snapshot();
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
    public final double trainSeconds() {
        return trainNanos / 1e9;
    }

    /** Runs exactly one gradient-descent step (unless finished) and returns the snapshot. */
    public final S step() {
        if (!finished()) {
            descent.step();
        }
        return snapshot();
    }

    /** Releases the trainer's worker threads, if any; idempotent. */
    @Override
    public final void close() {
        descent.close();
    }
}
