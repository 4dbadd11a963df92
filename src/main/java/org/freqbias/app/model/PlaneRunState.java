package org.freqbias.app.model;

import java.util.Map;
import org.freqbias.app.chart.KernelView;
import org.freqbias.app.chart.PlaneChartData;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.PlaneSnapshot;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * The FX-thread state of a 2D run: its setup, the bounded history (|r^| at the target's peaks per
 * kept snapshot, {@link PlaneChartData#peakRow}), the newest snapshot and the PDE result shown
 * (the kernel views are the model's, handed to {@link #data}).
 * Memory is bounded: one snapshot's images, the history's capacity of short rows, one trajectory.
 */
final class PlaneRunState {

    private PlaneSetup setup;
    private History history;
    private PlaneSnapshot latest;
    private PlanePdeResult pde;

    /** Drops the run's data (a restart); the PDE result stays until a newer one arrives. */
    void clearRun() {
        setup = null;
        history = null;
        latest = null;
    }

    /** Drops everything (another session). */
    void clearAll() {
        clearRun();
        pde = null;
    }

    /** Fresh history for a run of {@code s}. */
    void begin(PlaneSetup s) {
        setup = s;
        history = new History();
        latest = null;
    }

    /** The run's setup, or null before its first batch. */
    PlaneSetup setup() {
        return setup;
    }

    boolean started() {
        return history != null;
    }

    void record(PlaneSnapshot s) {
        history.add(PlaneChartData.peakRow(setup, s.time(), s.step(), s.loss(), s.spectrum().abs()));
        latest = s;
    }

    /** Takes {@code result} if it is newer than the one shown; returns whether it was taken. */
    boolean offer(PlanePdeResult result) {
        if (pde != null && result.id() <= pde.id()) {
            return false;
        }
        pde = result;
        return true;
    }

    /** What the charts draw now with the computed kernel views, or null before the run's first snapshot. */
    PlaneChartData data(Map<KernelView, SpectrumTrajectory> kernelViews) {
        return latest == null ? null
                : new PlaneChartData(setup, latest, history, pde == null ? null : pde.trajectory(), kernelViews);
    }
}
