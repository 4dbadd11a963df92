package org.freqbias.app.chart;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Everything the six charts draw: the run's setup, its newest snapshot, its (decimated) history,
 * the network's learning times tracked over every snapshot, the PDE trajectory at the snapshot
 * times (null while none is solved) and the kernel views at the same times, the residual evolved
 * by a fixed kernel on the data grid (only the views shown and computed are present). History and
 * tracker belong to the FX thread; charts only read them.
 */
public record ChartData(Setup setup, Snapshot latest, History history, LearningTimeTracker learningTimes,
        SpectrumTrajectory pde, Map<KernelView, SpectrumTrajectory> kernelViews) implements RunSeries {

    public ChartData {
        kernelViews = kernelViews.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(kernelViews));
    }

    /**
     * Chart data for a finished run, with learning times rebuilt from the history's rows;
     * {@code pde} may be null.
     */
    public static ChartData of(Setup setup, History history, Snapshot latest, SpectrumTrajectory pde,
            Map<KernelView, SpectrumTrajectory> kernelViews) {
        LearningTimeTracker tracker = new LearningTimeTracker(setup.initialResidual().abs());
        for (History.Row row : history.rows()) {
            tracker.add(row.time(), row.abs());
        }
        return new ChartData(setup, latest, history, tracker, pde, kernelViews);
    }

    @Override
    public boolean pdeIsExact() {
        return setup.pdeIsExact();
    }

    @Override
    public SpectrumTrajectory pdeOnGrid() {
        return onThisGrid(pde);
    }

    @Override
    public SpectrumTrajectory viewOnGrid(KernelView view) {
        return onThisGrid(kernelViews.get(view));
    }

    /** {@code t} when it lies on the network's frequency grid, else null. */
    private SpectrumTrajectory onThisGrid(SpectrumTrajectory t) {
        return t != null && t.grid().equals(setup.grid()) ? t : null;
    }

    /** {@code view}'s trajectory, or null. */
    public SpectrumTrajectory trajectory(KernelView view) {
        return kernelViews.get(view);
    }

    @Override
    public double totalTime() {
        double[] t = setup.snapshotTimes();
        return t[t.length - 1];
    }

    /**
     * Upper end of the frequency axes: twice the highest target peak rounded up to a tick, at
     * most the Nyquist frequency.
     */
    public double maxFrequency() {
        double top = 0;
        for (double p : setup.peaks()) {
            top = Math.max(top, p);
        }
        return axisTop(top, setup.domain().nyquist());
    }

    /** Twice {@code top} (the highest peak frequency) rounded up to a tick, at most {@code nyquist}. */
    static double axisTop(double top, double nyquist) {
        if (!(top > 0) || 2 * top >= nyquist) {
            return nyquist;
        }
        double step = Ticks.niceStep(2 * top, 8);
        return Math.min(nyquist, Math.ceil(2 * top / step) * step);
    }

    @Override
    public int[] peakIndices() {
        return setup.peakIndices();
    }

    @Override
    public String peakLabel(int p) {
        return "ξ = " + String.format("%.3g", setup.peaks()[p]);
    }

    @Override
    public double[] peakRatios(int p) {
        int k = setup.peakIndices()[p];
        double initial = setup.initialResidual().abs()[k];
        return rows().stream().mapToDouble(r -> r.abs()[k] / initial).toArray();
    }

    /** |r^(xi)| of {@code view} at the snapshot time nearest to the newest snapshot's (requires {@link #has}). */
    public double[] absNow(KernelView view) {
        return kernelViews.get(view).absNearest(latest.time());
    }

    /** The live agreement: network vs PDE at the newest snapshot's time; NaN until the PDE is solved. */
    @Override
    public double networkVsPde() {
        return againstPde(latest.spectrum().abs());
    }

    /** {@code view} vs the PDE at the newest snapshot's time; NaN unless both exist. */
    @Override
    public double vsPde(KernelView view) {
        return has(view) ? againstPde(absNow(view)) : Double.NaN;
    }

    /** The network vs {@code view} at the newest snapshot's time; NaN unless the view exists. */
    @Override
    public double networkVs(KernelView view) {
        return has(view) ? distance(latest.spectrum().abs(), absNow(view)) : Double.NaN;
    }

    /** {@link #distance} of {@code abs} from the PDE at the newest snapshot's time. */
    private double againstPde(double[] abs) {
        return hasPde() ? distance(abs, pde.absNearest(latest.time())) : Double.NaN;
    }

    /** {@link Agreement#relativeDistance} of two spectra over the compared band, relative to |r^_0|. */
    private double distance(double[] a, double[] b) {
        return Agreement.relativeDistance(setup.frequencies(), a, b,
                setup.initialResidual().abs(), Agreement.DEFAULT_MAX_FREQUENCY);
    }
}
