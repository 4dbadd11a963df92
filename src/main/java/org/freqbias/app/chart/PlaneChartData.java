package org.freqbias.app.chart;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.PlaneSnapshot;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Everything the 2D charts draw: the run's setup, its newest snapshot, its (decimated) history
 * whose rows hold the network's |r^| at the target's peaks only ({@link #peakRow}), the 2D PDE
 * trajectory at the snapshot times (null while none is solved) and the kernel views at the same
 * times, the residual evolved by a fixed kernel on the data grid (only the views shown and computed
 * are present). Spectra are flat arrays over the centred grid ({@link PlaneSetup}). The history
 * belongs to the FX thread; charts only read it.
 */
public record PlaneChartData(PlaneSetup setup, PlaneSnapshot latest, History history, SpectrumTrajectory pde,
        Map<KernelView, SpectrumTrajectory> kernelViews) implements RunSeries {

    public PlaneChartData {
        kernelViews = kernelViews.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(kernelViews));
    }

    /**
     * A history row of a 2D snapshot: time, step, loss and, of the network's |r^| on the centred
     * grid ({@code abs}), the values at each of the setup's peaks, in order.
     */
    public static History.Row peakRow(PlaneSetup setup, double time, int step, double loss, double[] abs) {
        int[] peaks = setup.peakIndices();
        double[] atPeaks = new double[peaks.length];
        for (int p = 0; p < peaks.length; p++) {
            atPeaks[p] = abs[peaks[p]];
        }
        return new History.Row(time, step, loss, atPeaks);
    }

    /** Grid size N per axis. */
    public int n() {
        return setup.domain().samples();
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

    @Override
    public double totalTime() {
        double[] t = setup.session().training().snapshotTimes();
        return t[t.length - 1];
    }

    @Override
    public int[] peakIndices() {
        return setup.peakIndices();
    }

    @Override
    public String peakLabel(int p) {
        double[] xi = setup.peaks()[p];
        return String.format(Locale.ROOT, "ξ = (%.3g, %.3g)", xi[0], xi[1]);
    }

    @Override
    public double[] peakRatios(int p) {
        double initial = setup.initialResidual().abs()[setup.peakIndices()[p]];
        return rows().stream().mapToDouble(r -> r.abs()[p] / initial).toArray();
    }

    /** |r^(xi)| of {@code view} at the snapshot time nearest to the newest snapshot's, on the centred grid; null unless {@link #has}. */
    public double[] viewAbs(KernelView view) {
        return has(view) ? now(kernelViews.get(view)) : null;
    }

    /** The network's |r^(xi, t)| now, on the centred grid. */
    public double[] networkAbs() {
        return latest.spectrum().abs();
    }

    /** The PDE's |u(xi, t)| at the newest snapshot's time (NaN outside its mesh); null without a PDE. */
    public double[] pdeAbs() {
        return hasPde() ? now(pde) : null;
    }

    /** {@code t}'s |r^| at the time nearest to the newest snapshot's. */
    private double[] now(SpectrumTrajectory t) {
        return t.absNearest(latest.time());
    }

    /**
     * Half-width of the frequency square the charts show: twice the longest peak vector rounded up
     * to a tick, at most the Nyquist frequency (all of it for a target without peaks).
     */
    public double maxFrequency() {
        double top = 0;
        for (double[] xi : setup.peaks()) {
            top = Math.max(top, Math.hypot(xi[0], xi[1]));
        }
        return ChartData.axisTop(top, setup.domain().nyquist());
    }

    /** The live agreement: network vs PDE now over |xi| <= the default compared frequency; NaN without a PDE. */
    @Override
    public double networkVsPde() {
        return hasPde() ? distance(networkAbs(), pdeAbs()) : Double.NaN;
    }

    /** {@code view} vs the PDE now; NaN unless both exist. */
    @Override
    public double vsPde(KernelView view) {
        return has(view) && hasPde() ? distance(viewAbs(view), pdeAbs()) : Double.NaN;
    }

    /** The network vs {@code view} now; NaN unless the view exists. */
    @Override
    public double networkVs(KernelView view) {
        return has(view) ? distance(networkAbs(), viewAbs(view)) : Double.NaN;
    }

    /** {@link Agreement#relativeDistance} of two spectra over |xi| <= the default compared frequency, relative to |r^_0|. */
    private double distance(double[] a, double[] b) {
        return Agreement.relativeDistance(Agreement.within(setup.magnitudes(), Agreement.DEFAULT_MAX_FREQUENCY),
                a, b, setup.initialResidual().abs());
    }
}
