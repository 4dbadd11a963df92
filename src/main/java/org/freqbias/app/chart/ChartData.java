package org.freqbias.app.chart;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.RunFacts;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.numeric.Nearest;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.FrequencyGrid;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Everything the charts draw of one run, in 1D and 2D alike, whether it trains now or was recorded:
 * what the run is ({@link RunFacts}), its kept snapshots (time, step, loss, |r^| over the grid and
 * the fit; decimated, the newest last), the learning time of every frequency of the network and
 * of the PDE, the PDE's trajectory (null while none is solved) and the kernel flows computed for
 * the run, shown at one kept snapshot: the newest, or the one nearest to a time asked with
 * {@link #at} (the time scrubber). All spectra are arrays over the run's frequency grid; a
 * trajectory on another grid (a PDE solved for an older session) is dropped here, so charts never
 * mix grids. Immutable: {@link #at} returns a copy shown at another snapshot; charts only read.
 */
public final class ChartData {

    private final RunFacts facts;
    private final List<History.Row> rows;
    private final double[] times;
    private final IntFunction<LearningTime> learningTimes;
    private final SpectrumTrajectory pde;
    /** The PDE's learning times; null until asked (computed once from {@link #pde}) or without a PDE. */
    private IntFunction<LearningTime> pdeLearningTimes;
    private final Map<KernelFlowKind, SpectrumTrajectory> kernelFlows;
    /** Index into {@link #rows} of the snapshot shown. */
    private final int shown;
    /**
     * Where {@link #rows} were read from (the live run's {@link History}, or the recorded rows) and
     * how often that history had thinned itself then: chart data of the same source and thinnings
     * share all rows but the last ({@link HistoryCurve} reads only the new ones).
     */
    private final Object rowSource;
    private final int thinnings;

    /**
     * A run shown at its newest kept snapshot.
     *
     * @param rows the kept snapshots, oldest first (at least one)
     * @param learningTimes the network's learning time at each grid frequency, tracked over every snapshot
     * @param pde the PDE at the snapshot times; null while none is solved for this grid
     * @param pdeLearningTimes the PDE's learning times; null to compute them from {@code pde}
     * @param kernelFlows the kernel flows shown and computed for this run, by kind
     */
    public ChartData(RunFacts facts, List<History.Row> rows, IntFunction<LearningTime> learningTimes,
            SpectrumTrajectory pde, IntFunction<LearningTime> pdeLearningTimes,
            Map<KernelFlowKind, SpectrumTrajectory> kernelFlows) {
        this(facts, rows, rows, 0, learningTimes, pde, pdeLearningTimes, kernelFlows);
    }

    private ChartData(RunFacts facts, List<History.Row> rows, Object rowSource, int thinnings,
            IntFunction<LearningTime> learningTimes, SpectrumTrajectory pde, IntFunction<LearningTime> pdeLearningTimes,
            Map<KernelFlowKind, SpectrumTrajectory> kernelFlows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a run to draw keeps at least one snapshot");
        }
        this.facts = facts;
        this.rows = List.copyOf(rows);
        this.times = this.rows.stream().mapToDouble(History.Row::time).toArray();
        this.learningTimes = learningTimes;
        this.pde = onGrid(facts.grid(), pde);
        this.pdeLearningTimes = this.pde == null ? null : pdeLearningTimes;
        Map<KernelFlowKind, SpectrumTrajectory> drawn = new EnumMap<>(KernelFlowKind.class);
        kernelFlows.forEach((kind, t) -> {
            if (onGrid(facts.grid(), t) != null) {
                drawn.put(kind, t);
            }
        });
        this.kernelFlows = Collections.unmodifiableMap(drawn);
        this.shown = this.rows.size() - 1;
        this.rowSource = rowSource;
        this.thinnings = thinnings;
    }

    /**
     * A run in progress (the app's live run, the CLI's run): its setup, its history, the network's
     * learning times tracked over every snapshot, the PDE and the kernel flows at the snapshot times.
     */
    public ChartData(Setup setup, History history, LearningTimeTracker learningTimes, SpectrumTrajectory pde,
            Map<KernelFlowKind, SpectrumTrajectory> kernelFlows) {
        this(setup, history.rows(), history, history.thinnings(), learningTimes::at, pde, null, kernelFlows);
    }

    private ChartData(ChartData other, int shown) {
        this.facts = other.facts;
        this.rows = other.rows;
        this.times = other.times;
        this.learningTimes = other.learningTimes;
        this.pde = other.pde;
        this.pdeLearningTimes = other.pdeLearningTimes;
        this.kernelFlows = other.kernelFlows;
        this.shown = shown;
        this.rowSource = other.rowSource;
        this.thinnings = other.thinnings;
    }

    private static SpectrumTrajectory onGrid(FrequencyGrid grid, SpectrumTrajectory t) {
        return t != null && t.grid().equals(grid) ? t : null;
    }

    /** The same run shown at its kept snapshot nearest to time {@code t} (the earlier one on a tie). */
    public ChartData at(double t) {
        int i = nearestRow(t);
        return i == shown ? this : new ChartData(this, i);
    }

    /** Index into {@link #rows()} of the kept snapshot nearest to time {@code t} (the earlier one on a tie); O(log n). */
    public int nearestRow(double t) {
        return Nearest.index(i -> times[i], times.length, t);
    }

    // ---- what the run is ----

    public RunFacts facts() {
        return facts;
    }

    public Session session() {
        return facts.session();
    }

    public Domain domain() {
        return facts.domain();
    }

    public FrequencyGrid grid() {
        return facts.grid();
    }

    /** True when the PDE describes the network exactly (2 layers); false when it is only a reference. */
    public boolean pdeIsExact() {
        return facts.pdeIsExact();
    }

    /** Total gradient-flow time of the full run, eta * steps. */
    public double totalTime() {
        return facts.totalTime();
    }

    /** |xi| of every grid frequency: the frequency axis of the 1D charts. */
    public double[] magnitudes() {
        return facts.grid().magnitudes();
    }

    /** See {@link PeakAxes#maxFrequency}. */
    public double maxFrequency() {
        return PeakAxes.maxFrequency(facts);
    }

    // ---- the kept snapshots, and the one shown ----

    /** The run's kept snapshots, oldest first; the last is the newest snapshot of the run. */
    public List<History.Row> rows() {
        return rows;
    }

    /** Where {@link #rows()} were read from: the same source with the same {@link #thinnings()} keeps all rows but the last. */
    Object rowSource() {
        return rowSource;
    }

    /** How often the source had thinned its rows out when they were read. */
    int thinnings() {
        return thinnings;
    }

    /** The newest snapshot of the run (not necessarily the one shown). */
    public History.Row newest() {
        return rows.get(rows.size() - 1);
    }

    /** The times of the kept snapshots, oldest first (a copy). */
    public double[] keptTimes() {
        return times.clone();
    }

    /** The network's loss at each kept snapshot, over {@link #keptTimes()}. */
    public double[] keptLosses() {
        return rows.stream().mapToDouble(History.Row::loss).toArray();
    }

    /** Index into {@link #rows()} of the snapshot shown. */
    public int shownIndex() {
        return shown;
    }

    /** Time of the snapshot shown. */
    public double time() {
        return times[shown];
    }

    /** Gradient-descent steps of the snapshot shown. */
    public int step() {
        return rows.get(shown).step();
    }

    /** The network's output f_t on the grid at the snapshot shown; null when the run kept no fit for it. */
    public double[] fit() {
        return rows.get(shown).fit();
    }

    /** The network's learning time at grid frequency {@code k}, tracked over every snapshot of the run. */
    public LearningTime learningTime(int k) {
        return learningTimes.apply(k);
    }

    // ---- the target's peaks ----

    public int peakCount() {
        return facts.peakCount();
    }

    /** |xi| of each target peak (its grid frequency), in peak order: where the frequency charts mark the peaks. */
    public double[] peakMagnitudes() {
        return facts.peakMagnitudes();
    }

    /** See {@link PeakAxes#label}. */
    public String peakLabel(int p) {
        return PeakAxes.label(facts, p);
    }

    /** The network's relative error |r^(xi_p, t)| / |r^(xi_p, 0)| at peak p, read from a row of {@link #rows()}. */
    public ToDoubleFunction<History.Row> peakRatio(int p) {
        int k = facts.peakIndex(p);
        double initial = facts.initialAbs()[k];
        return r -> r.abs()[k] / initial;
    }

    // ---- the PDE ----

    public boolean hasPde() {
        return pde != null;
    }

    /** The PDE's trajectory, null while none is solved. */
    public SpectrumTrajectory pde() {
        return pde;
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
        return hasPde() ? ratios(pde.abs(), facts.peakIndex(p)) : new double[0];
    }

    /** The PDE's learning time at grid frequency {@code k}; null without a PDE. */
    public LearningTime pdeLearningTime(int k) {
        if (!hasPde()) {
            return null;
        }
        if (pdeLearningTimes == null) {
            LearningTimeTracker tracker = new LearningTimeTracker(pde.abs()[0]);
            for (int i = 0; i < pde.times().length; i++) {
                tracker.add(pde.times()[i], pde.abs()[i]);
            }
            pdeLearningTimes = tracker::at;
        }
        return pdeLearningTimes.apply(k);
    }

    // ---- the kernel flows ----

    /** The kernel flows computed for this run, by kind. */
    public Map<KernelFlowKind, SpectrumTrajectory> kernelFlows() {
        return kernelFlows;
    }

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
        return has(kind) ? ratios(kernelFlows.get(kind).abs(), facts.peakIndex(p)) : new double[0];
    }

    // ---- spectra at the time of the snapshot shown ----

    /** The network's |r^(xi, t)| at the snapshot shown. */
    public double[] networkAbs() {
        return rows.get(shown).abs();
    }

    /** The PDE's |u(xi, t)| at the PDE time nearest to the snapshot shown (NaN outside its mesh); null without a PDE. */
    public double[] pdeAbs() {
        return hasPde() ? pde.absNearest(time()) : null;
    }

    /** |r^(xi, t)| of the flow of {@code kind} at the snapshot shown; null unless it is computed. */
    public double[] flowAbs(KernelFlowKind kind) {
        return has(kind) ? kernelFlows.get(kind).absNearest(time()) : null;
    }

    /** The agreement at the snapshot shown: network vs PDE; NaN until the PDE is solved. */
    public double networkVsPde() {
        return hasPde() ? distance(networkAbs(), pdeAbs()) : Double.NaN;
    }

    /** The flow of {@code kind} vs the PDE at the snapshot shown; NaN unless both exist. */
    public double vsPde(KernelFlowKind kind) {
        return has(kind) && hasPde() ? distance(flowAbs(kind), pdeAbs()) : Double.NaN;
    }

    /** The network vs the flow of {@code kind} at the snapshot shown; NaN unless the flow exists. */
    public double networkVs(KernelFlowKind kind) {
        return has(kind) ? distance(networkAbs(), flowAbs(kind)) : Double.NaN;
    }

    /** {@link Agreement#relativeDistance} of two spectra over |xi| <= the default compared frequency, relative to |r^_0|. */
    private double distance(double[] a, double[] b) {
        return Agreement.relativeDistance(Agreement.within(magnitudes(), Agreement.DEFAULT_MAX_FREQUENCY), a, b,
                facts.initialAbs());
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
