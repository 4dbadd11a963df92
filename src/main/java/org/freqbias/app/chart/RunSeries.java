package org.freqbias.app.chart;

import java.util.List;
import org.freqbias.core.experiment.History;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * What the charts shared by 1D and 2D runs read (peaks against t, loss): the run's kept history,
 * the PDE's loss, and the relative error at each target peak, |r^(xi_p, t)| / |r^(xi_p, 0)|, of
 * the network, the PDE and, where computed, the kernel views, and the live distances between
 * them at the newest snapshot's time. Implemented by {@link ChartData}
 * (1D) and {@link PlaneChartData} (2D).
 */
public interface RunSeries {

    /** True when the PDE describes the network exactly (2 layers); false when it is only a reference. */
    boolean pdeIsExact();

    /** Total gradient-flow time of the full run, eta * steps. */
    double totalTime();

    /** The run's kept snapshots (bounded, decimated), oldest first. */
    History history();

    /** The PDE's trajectory when one is solved on this run's frequency grid, else null. */
    SpectrumTrajectory pdeOnGrid();

    /** {@code view}'s trajectory when it is shown and computed on this run's frequency grid, else null. */
    SpectrumTrajectory viewOnGrid(KernelView view);

    /** Index of each target peak into the spectra of the trajectories, in peak order. */
    int[] peakIndices();

    /** The peak's frequency as the legend writes it, such as "ξ = 3" or "ξ = (3, 0)". */
    String peakLabel(int p);

    /** The network's relative error at peak p over {@link #rows()}. */
    double[] peakRatios(int p);

    /** The network's kept snapshots, oldest first. */
    default List<History.Row> rows() {
        return history().rows();
    }

    default int peakCount() {
        return peakIndices().length;
    }

    default boolean hasPde() {
        return pdeOnGrid() != null;
    }

    /** The PDE's times (empty while none is solved). */
    default double[] pdeTimes() {
        return hasPde() ? pdeOnGrid().times() : new double[0];
    }

    /** The loss the PDE predicts at {@link #pdeTimes()} (empty while none is solved). */
    default double[] pdeLoss() {
        return hasPde() ? pdeOnGrid().loss() : new double[0];
    }

    /** The PDE's relative error at peak p over {@link #pdeTimes()} (empty while none is solved). */
    default double[] pdePeakRatios(int p) {
        return hasPde() ? ratios(pdeOnGrid().abs(), peakIndices()[p]) : new double[0];
    }

    /** True when {@code view} is shown and computed for this run. */
    default boolean has(KernelView view) {
        return viewOnGrid(view) != null;
    }

    /** {@code view}'s times (empty unless computed). */
    default double[] viewTimes(KernelView view) {
        return has(view) ? viewOnGrid(view).times() : new double[0];
    }

    /** {@code view}'s relative error at peak p over {@link #viewTimes} (empty unless computed). */
    default double[] viewPeakRatios(KernelView view, int p) {
        return has(view) ? ratios(viewOnGrid(view).abs(), peakIndices()[p]) : new double[0];
    }

    /** The live agreement: relative distance of the network from the PDE now; NaN without a PDE. */
    double networkVsPde();

    /** Relative distance of {@code view} from the PDE now; NaN unless both exist. */
    double vsPde(KernelView view);

    /** Relative distance of the network from {@code view} now; NaN unless the view exists. */
    double networkVs(KernelView view);

    /** {@code abs[i][k] / abs[0][k]} over i: a trajectory's relative error at frequency index k. */
    static double[] ratios(double[][] abs, int k) {
        double[] out = new double[abs.length];
        for (int i = 0; i < abs.length; i++) {
            out[i] = abs[i][k] / abs[0][k];
        }
        return out;
    }
}
