package org.freqbias.app.model;

import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;

/**
 * What the training thread has produced since the FX thread last looked, for one run id: the
 * run's setup (set on the first batch of a run), the snapshots in order, and the run's state.
 * Immutable; {@link #plus} returns a merged copy so the outbox can be updated lock-free.
 *
 * @param setup null unless this batch starts the run
 * @param failure null, or why the run stopped (divergence, bad session)
 */
record TrainingBatch(long runId, Setup setup, List<Snapshot> snapshots, boolean finished,
        double stepsPerSecond, String failure) {

    TrainingBatch {
        snapshots = List.copyOf(snapshots);
    }

    /** This batch followed by {@code later}; a batch of another run replaces this one. */
    TrainingBatch plus(TrainingBatch later) {
        if (later.runId != runId) {
            return later;
        }
        List<Snapshot> all = new ArrayList<>(snapshots);
        all.addAll(later.snapshots);
        return new TrainingBatch(runId, setup != null ? setup : later.setup, all, later.finished,
                later.stepsPerSecond, later.failure != null ? later.failure : failure);
    }
}
