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

    /** Starts the next run id, playing or paused; returns its id. */
    long next(boolean play) {
        runId.set(runId.get() + 1);
        finished = false;
        progressed = false;
        failed = false;
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
