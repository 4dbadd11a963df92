package org.freqbias.app.chart;

import java.util.List;
import java.util.Locale;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.PlaneSnapshot;
import org.freqbias.core.pde2d.PdeTrajectory2D;

/**
 * Everything the 2D charts draw: the run's setup, its newest snapshot, its (decimated) history
 * whose rows hold the network's |r^| at the target's peaks only ({@link #peakRow}), and the 2D
 * PDE trajectory at the snapshot times (null while none is solved). Spectra are flat arrays over
 * the centred grid ({@link PlaneSetup}). The history belongs to the FX thread; charts only read it.
 */
public record PlaneChartData(PlaneSetup setup, PlaneSnapshot latest, History history, PdeTrajectory2D pde)
        implements RunSeries {

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
        return true; // 2D sessions train the 2-layer network
    }

    /** True when a PDE trajectory exists on the network's frequency grid. */
    @Override
    public boolean hasPde() {
        return pde != null && pde.n() == n() && pde.frequencySpacing() == setup.domain().frequencySpacing();
    }

    @Override
    public double totalTime() {
        double[] t = setup.session().training().snapshotTimes();
        return t[t.length - 1];
    }

    @Override
    public List<History.Row> rows() {
        return history.rows();
    }

    @Override
    public double[] pdeTimes() {
        return hasPde() ? pde.times() : new double[0];
    }

    @Override
    public double[] pdeLoss() {
        return hasPde() ? pde.loss() : new double[0];
    }

    @Override
    public int peakCount() {
        return setup.peakIndices().length;
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

    @Override
    public double[] pdePeakRatios(int p) {
        return hasPde() ? RunSeries.ratios(pde.abs(), setup.peakIndices()[p]) : new double[0];
    }

    /** The kernel views are not computed in the app for 2D sessions. */
    @Override
    public boolean has(KernelView view) {
        return false;
    }

    @Override
    public double[] viewTimes(KernelView view) {
        return new double[0];
    }

    @Override
    public double[] viewPeakRatios(KernelView view, int p) {
        return new double[0];
    }

    /** The network's |r^(xi, t)| now, on the centred grid. */
    public double[] networkAbs() {
        return latest.spectrum().abs();
    }

    /** The PDE's |u(xi, t)| at the newest snapshot's time (NaN outside its mesh); null without a PDE. */
    public double[] pdeAbs() {
        if (!hasPde()) {
            return null;
        }
        double[] times = pde.times();
        int best = 0;
        for (int i = 1; i < times.length; i++) {
            if (Math.abs(times[i] - latest.time()) < Math.abs(times[best] - latest.time())) {
                best = i;
            }
        }
        return pde.abs()[best];
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
    public double networkVsPde() {
        if (!hasPde()) {
            return Double.NaN;
        }
        return Agreement.relativeDistance(Agreement.within(setup.magnitudes(), Agreement.DEFAULT_MAX_FREQUENCY),
                networkAbs(), pdeAbs(), setup.initialResidual().abs());
    }
}
