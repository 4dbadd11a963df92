package org.freqbias.app.model;

import java.util.Map;
import org.freqbias.app.chart.ChartData;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * The FX-thread state of the current run: its setup, the bounded history (|r^| over the grid and the
 * fit per kept snapshot, so that any kept time can be shown again; capacity by bytes:
 * {@link History#withFits}), the learning times tracked over every
 * snapshot, the newest snapshot and the PDE result shown. Memory is bounded: the history, one
 * snapshot, one trajectory.
 */
final class RunState {

    private Setup setup;
    private History history;
    private LearningTimeTracker learningTimes;
    private Snapshot latest;
    private PdeResult pde;

    /** Drops the run's data (a restart); the PDE result stays until a newer one arrives. */
    void clearRun() {
        setup = null;
        history = null;
        learningTimes = null;
        latest = null;
    }

    /** Drops everything (another session). */
    void clearAll() {
        clearRun();
        pde = null;
    }

    /** Fresh history and learning times for a run of {@code s}. */
    void begin(Setup s) {
        setup = s;
        history = History.withFits(s);
        learningTimes = new LearningTimeTracker(s.initialResidual().abs());
        latest = null;
    }

    /** The run's setup, or null before it is known. */
    Setup setup() {
        return setup;
    }

    boolean started() {
        return history != null;
    }

    void record(Snapshot s) {
        double[] abs = s.spectrum().abs();
        history.add(new History.Row(s.time(), s.step(), s.loss(), abs, s.fit()));
        learningTimes.add(s.time(), abs);
        latest = s;
    }

    /** Takes {@code result} if it answers a newer request than the one shown; returns whether it was taken. */
    boolean offer(PdeResult result) {
        if (pde != null && result.id() <= pde.id()) {
            return false;
        }
        pde = result;
        return true;
    }

    /** What the charts draw now with the kernel flows computed for the run, or null before its first snapshot. */
    ChartData data(Map<KernelFlowKind, SpectrumTrajectory> kernelFlows) {
        return latest == null ? null
                : new ChartData(setup, history, learningTimes, pde == null ? null : pde.trajectory(), kernelFlows);
    }
}
