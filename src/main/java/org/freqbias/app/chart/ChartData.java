package org.freqbias.app.chart;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Everything the charts of a run draw, in 1D and 2D alike: the run's setup, its newest snapshot, its
 * (decimated) history, the network's learning times tracked over every snapshot, the PDE's
 * trajectory at the snapshot times (null while none is solved) and the kernel flows computed for
 * the run at the same times. All spectra are arrays over the setup's frequency grid; a trajectory
 * on another grid (a PDE solved for an older session) is dropped here, so charts never mix grids.
 * History and tracker belong to the FX thread (or the CLI's run); charts only read them.
 *
 * @param pde null while no PDE is solved for this grid
 * @param kernelFlows the kernel flows shown and computed for this run, by kind
 */
public record ChartData(Setup setup, Snapshot latest, History history, LearningTimeTracker learningTimes,
        SpectrumTrajectory pde, Map<KernelFlowKind, SpectrumTrajectory> kernelFlows) {

    public ChartData {
        pde = onGrid(setup, pde);
        Map<KernelFlowKind, SpectrumTrajectory> shown = new EnumMap<>(KernelFlowKind.class);
        kernelFlows.forEach((kind, t) -> {
            if (onGrid(setup, t) != null) {
                shown.put(kind, t);
            }
        });
        kernelFlows = Collections.unmodifiableMap(shown);
    }

    private static SpectrumTrajectory onGrid(Setup setup, SpectrumTrajectory t) {
        return t != null && t.grid().equals(setup.grid()) ? t : null;
    }

    /** True when the PDE describes the network exactly (2 layers); false when it is only a reference. */
    public boolean pdeIsExact() {
        return setup.pdeIsExact();
    }

    /** Total gradient-flow time of the full run, eta * steps. */
    public double totalTime() {
        double[] t = setup.snapshotTimes();
        return t[t.length - 1];
    }

    /** The run's kept snapshots, oldest first. */
    public List<History.Row> rows() {
        return history.rows();
    }

    /** |xi| of every grid frequency: the frequency axis of the 1D charts. */
    public double[] magnitudes() {
        return setup.grid().magnitudes();
    }

    /**
     * Upper end of the frequency axes (1D) or half-width of the frequency square (2D): twice the
     * largest |xi| of the target's peaks rounded up to a tick, at most the Nyquist frequency (all of
     * it for a target without peaks).
     */
    public double maxFrequency() {
        double top = 0;
        for (int k : setup.peakIndices()) {
            top = Math.max(top, setup.grid().magnitude(k));
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

    // ---- the target's peaks ----

    public int peakCount() {
        return setup.peakIndices().length;
    }

    /** The peak's frequency as the legend writes it: "ξ = 3.14" in 1D, "ξ = (3.14, 0.00)" in 2D. */
    public String peakLabel(int p) {
        double[] xi = setup.peaks()[p];
        String components = DoubleStream.of(xi).mapToObj(v -> String.format(Locale.ROOT, "%.3g", v))
                .collect(Collectors.joining(", "));
        return "ξ = " + (xi.length == 1 ? components : "(" + components + ")");
    }

    /** The network's relative error |r^(xi_p, t)| / |r^(xi_p, 0)| at peak p, read from a row of the history. */
    public ToDoubleFunction<History.Row> peakRatio(int p) {
        int k = setup.peakIndices()[p];
        double initial = setup.initialResidual().abs()[k];
        return r -> r.abs()[k] / initial;
    }

    // ---- the PDE ----

    public boolean hasPde() {
        return pde != null;
    }

    /** The PDE's times (empty while none is solved). */
    public double[] pdeTimes() {
        return hasPde() ? pde.times() : new double[0];
    }

    /** The loss the PDE predicts at {@link #pdeTimes()} (empty while none is solved). */
    public double[] pdeLoss() {
        return hasPde() ? pde.loss() : new double[0];
    }

    /** The PDE's relative error at peak p over {@link #pdeTimes()} (empty while none is solved). */
    public double[] pdePeakRatios(int p) {
        return hasPde() ? ratios(pde.abs(), setup.peakIndices()[p]) : new double[0];
    }

    // ---- the kernel flows ----

    /** True when the flow of {@code kind} is shown and computed for this run. */
    public boolean has(KernelFlowKind kind) {
        return kernelFlows.containsKey(kind);
    }

    /** The flow's times (empty unless computed). */
    public double[] flowTimes(KernelFlowKind kind) {
        return has(kind) ? kernelFlows.get(kind).times() : new double[0];
    }

    /** The flow's relative error at peak p over {@link #flowTimes} (empty unless computed). */
    public double[] flowPeakRatios(KernelFlowKind kind, int p) {
        return has(kind) ? ratios(kernelFlows.get(kind).abs(), setup.peakIndices()[p]) : new double[0];
    }

    // ---- spectra now: at the snapshot time nearest to the newest snapshot's ----

    /** The network's |r^(xi, t)| now. */
    public double[] networkAbs() {
        return latest.spectrum().abs();
    }

    /** The PDE's |u(xi, t)| now (NaN outside its mesh); null without a PDE. */
    public double[] pdeAbs() {
        return hasPde() ? pde.absNearest(latest.time()) : null;
    }

    /** |r^(xi, t)| of the flow of {@code kind} now; null unless it is computed. */
    public double[] flowAbs(KernelFlowKind kind) {
        return has(kind) ? kernelFlows.get(kind).absNearest(latest.time()) : null;
    }

    /** The live agreement: network vs PDE now; NaN until the PDE is solved. */
    public double networkVsPde() {
        return hasPde() ? distance(networkAbs(), pdeAbs()) : Double.NaN;
    }

    /** The flow of {@code kind} vs the PDE now; NaN unless both exist. */
    public double vsPde(KernelFlowKind kind) {
        return has(kind) && hasPde() ? distance(flowAbs(kind), pdeAbs()) : Double.NaN;
    }

    /** The network vs the flow of {@code kind} now; NaN unless the flow exists. */
    public double networkVs(KernelFlowKind kind) {
        return has(kind) ? distance(networkAbs(), flowAbs(kind)) : Double.NaN;
    }

    /** {@link Agreement#relativeDistance} of two spectra over |xi| <= the default compared frequency, relative to |r^_0|. */
    private double distance(double[] a, double[] b) {
        return Agreement.relativeDistance(Agreement.within(magnitudes(), Agreement.DEFAULT_MAX_FREQUENCY), a, b,
                setup.initialResidual().abs());
    }

    /** {@code abs[i][k] / abs[0][k]} over i: a trajectory's relative error at frequency index k. */
    static double[] ratios(double[][] abs, int k) {
        double[] out = new double[abs.length];
        for (int i = 0; i < abs.length; i++) {
            out[i] = abs[i][k] / abs[0][k];
        }
        return out;
    }
}
