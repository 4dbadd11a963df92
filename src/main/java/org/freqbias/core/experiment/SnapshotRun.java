package org.freqbias.core.experiment;

/**
 * A training run advanced snapshot by snapshot, in 1D ({@link TrainingRun}) or 2D
 * ({@link PlaneTrainingRun}). Not thread-safe: one thread owns a run.
 *
 * @param <S> the snapshot type
 */
public interface SnapshotRun<S> extends AutoCloseable {

    int stepsDone();

    boolean finished();

    /** The snapshot at the current step (step 0 before any {@link #advance}). */
    S snapshot();

    /**
     * Trains to the next multiple of the snapshot period (or the last step) and returns the
     * snapshot there.
     *
     * @throws org.freqbias.core.net.TrainingDivergedException when the loss stops being finite
     */
    S advance();

    /** Releases the trainer's worker threads, if any; idempotent. */
    @Override
    void close();
}
