package org.freqbias.app.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Where the current training run stands: its id (batches of older runs are ignored), whether it
 * plays, whether it has finished, and whether it has progressed (trained a step or failed).
 * FX thread only.
 */
final class RunStatus {

    private final ReadOnlyLongWrapper runId = new ReadOnlyLongWrapper(this, "runId");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private boolean finished;
    private boolean progressed;
    private boolean failed;
    /** A {@link #playUntil} target: running stops at the first snapshot whose step reaches it. */
    private long stopAt = Long.MAX_VALUE;
    /** Step of the newest snapshot of the current run taken so far (0 until one arrives). */
    private long step;

    /** Starts the next run id, playing or paused; returns its id. */
    long next(boolean play) {
        runId.set(runId.get() + 1);
        finished = false;
        progressed = false;
        failed = false;
        stopAt = Long.MAX_VALUE;
        step = 0;
        running.set(play);
        return runId.get();
    }

    long runId() {
        return runId.get();
    }

    boolean running() {
        return running.get();
    }

    void setRunning(boolean on) {
        running.set(on);
        stopAt = Long.MAX_VALUE;
    }

    /** Runs until a snapshot at step {@code step} or later arrives (the trainer stops there too). */
    void playUntil(long step) {
        running.set(true);
        stopAt = step;
    }

    boolean finished() {
        return finished;
    }

    /** What became of the current run, as the run list says it: "training", "paused", "finished", "stopped", "not started". */
    String state() {
        if (running.get()) {
            return "training";
        }
        if (failed) {
            return "stopped";
        }
        return finished ? "finished" : progressed ? "paused" : "not started";
    }

    /** Step of the newest snapshot of the current run (0 before its first batch). */
    long step() {
        return step;
    }

    /** True once the current run has trained a step or failed. */
    boolean progressed() {
        return progressed;
    }

    /**
     * Takes what a batch of the current run says about it: a failure (to {@code messages}),
     * progress past step 0, the end.
     */
    void take(TrainingBatch batch, Messages messages) {
        if (batch.failure() != null) {
            messages.error(batch.failure());
            failed = true;
        }
        progressed |= batch.failure() != null || batch.snapshots().stream().anyMatch(s -> s.step() > 0);
        batch.snapshots().forEach(s -> step = Math.max(step, s.step()));
        if (batch.snapshots().stream().anyMatch(s -> s.step() >= stopAt)) {
            running.set(false);
            stopAt = Long.MAX_VALUE;
        }
        if (batch.finished()) {
            finished = true;
            running.set(false);
        }
    }

    ReadOnlyLongProperty runIdProperty() {
        return runId.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
