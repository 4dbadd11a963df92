package org.freqbias.app.model;

import java.util.Map;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.KernelView;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * The FX-thread state of a 1D run: the bounded history, the learning times tracked over every
 * snapshot, the newest snapshot and the PDE result shown (the counterpart of {@link PlaneRunState}).
 */
final class LineRunState {

    private History history;
    private LearningTimeTracker learningTimes;
    private Snapshot latest;
    private PdeResult pde;

    /** Drops the run's data (a restart); the PDE result stays until a newer one arrives. */
    void clearRun() {
        history = null;
        latest = null;
    }

    /** Drops everything (another session). */
    void clearAll() {
        clearRun();
        pde = null;
    }

    /** Fresh history and learning times for a run of {@code s}. */
    void begin(Setup s) {
        history = new History();
        learningTimes = new LearningTimeTracker(s.initialResidual().abs());
        latest = null;
    }

    boolean started() {
        return history != null;
    }

    void record(Snapshot s) {
        history.add(s);
        learningTimes.add(s.time(), s.spectrum().abs());
        latest = s;
    }

    /** True when {@code result} answers a newer request than the one shown. */
    boolean isNewer(PdeResult result) {
        return pde == null || result.id() > pde.id();
    }

    void show(PdeResult result) {
        pde = result;
    }

    /** What the charts draw now for a run of {@code setup} with the computed kernel views, or null before its first snapshot. */
    ChartData data(Setup setup, Map<KernelView, SpectrumTrajectory> kernelViews) {
        return latest == null ? null
                : new ChartData(setup, latest, history, learningTimes, pde == null ? null : pde.trajectory(), kernelViews);
    }

    /** Step 0 of a setup: f_0, r^_0 and Loss = 1/2 sum r_0^2 dx. */
    static Snapshot initialSnapshot(Setup s) {
        double sum = 0;
        for (double r : s.initialResidualOnGrid()) {
            sum += r * r;
        }
        return new Snapshot(0, 0, 0.5 * sum * s.domain().spacing(), s.initialFit(), s.initialResidual());
    }
}
