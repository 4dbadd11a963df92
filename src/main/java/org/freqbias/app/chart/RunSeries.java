package org.freqbias.app.chart;

import java.util.List;
import org.freqbias.core.experiment.History;

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

    /** The network's kept snapshots, oldest first. */
    List<History.Row> rows();

    boolean hasPde();

    /** The PDE's times (empty while none is solved). */
    double[] pdeTimes();

    /** The loss the PDE predicts at {@link #pdeTimes()} (empty while none is solved). */
    double[] pdeLoss();

    int peakCount();

    /** The peak's frequency as the legend writes it, such as "ξ = 3" or "ξ = (3, 0)". */
    String peakLabel(int p);

    /** The network's relative error at peak p over {@link #rows()}. */
    double[] peakRatios(int p);

    /** The PDE's relative error at peak p over {@link #pdeTimes()} (empty while none is solved). */
    double[] pdePeakRatios(int p);

    /** True when {@code view} is shown and computed for this run. */
    boolean has(KernelView view);

    /** {@code view}'s times (empty unless computed). */
    double[] viewTimes(KernelView view);

    /** {@code view}'s relative error at peak p over {@link #viewTimes} (empty unless computed). */
    double[] viewPeakRatios(KernelView view, int p);

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
