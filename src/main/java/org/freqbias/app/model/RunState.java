package org.freqbias.app.model;

import java.util.Map;
import org.freqbias.app.chart.ChartData;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.run.RunRecord;
import org.freqbias.core.run.RunRecordBuilder;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * The FX-thread state of the current run: its setup, the bounded history (|r^| over the grid and the
 * fit per kept snapshot, so that any kept time can be shown again; capacity by bytes:
 * {@link History#withFits}), the learning times tracked over every snapshot, the PDE result
 * shown, and the {@link RunRecordBuilder} that makes the run's record when it is replaced (fed the
 * same snapshots, the PDE solved for its configuration and the kernel flows drawn over it). Memory
 * is bounded: the history, the builder's kept snapshots, one trajectory.
 */
final class RunState {

    private Setup setup;
    private History history;
    private LearningTimeTracker learningTimes;
    private RunRecordBuilder builder;
    private int newestStep = -1;
    private String failure;
    private PdeResult pde;

    /** Drops the run's data (a restart); the PDE result stays until a newer one arrives. */
    void clearRun() {
        setup = null;
        history = null;
        learningTimes = null;
        builder = null;
        newestStep = -1;
        failure = null;
    }

    /** Drops everything (another session). */
    void clearAll() {
        clearRun();
        pde = null;
    }

    /** Fresh history, learning times and record for a run of {@code s}. */
    void begin(Setup s) {
        setup = s;
        history = History.withFits(s);
        learningTimes = new LearningTimeTracker(s.initialResidual().abs());
        builder = new RunRecordBuilder(s);
        newestStep = -1;
        feedPde();
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
        builder.add(s);
        newestStep = s.step();
    }

    /** The run stopped: {@code message} says why (a divergence); it goes into the record. */
    void failed(String message) {
        failure = message;
    }

    /** Takes {@code result} if it answers a newer request than the one shown; returns whether it was taken. */
    boolean offer(PdeResult result) {
        if (pde != null && result.id() <= pde.id()) {
            return false;
        }
        pde = result;
        feedPde();
        return true;
    }

    /** Gives the record the PDE shown when it was solved for this run's configuration (another one waits for its run). */
    private void feedPde() {
        if (builder != null && pde != null
                && Setup.configuration(pde.setup().session()).equals(Setup.configuration(setup.session()))) {
            builder.pde(pde.trajectory(), pde.setup().session().pde());
        }
    }

    /** What the charts draw now with the kernel flows computed for the run, or null before its first snapshot. */
    ChartData data(Map<KernelFlowKind, SpectrumTrajectory> kernelFlows) {
        if (newestStep < 0) {
            return null;
        }
        kernelFlows.forEach(builder::kernelFlow);
        return new ChartData(setup, history, learningTimes, pde == null ? null : pde.trajectory(), kernelFlows);
    }

    /** True once the run has trained at least one snapshot interval: then it is worth recording. */
    boolean trained() {
        return newestStep > 0;
    }

    /** The record of the run so far; null unless it {@link #trained}. */
    RunRecord toRecord() {
        return trained() ? builder.build(newestStep, failure) : null;
    }
}
