package org.freqbias.app.chart;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a board draws: one to {@link Palette#RUNS} runs, each at the time shown, and that time (the
 * time cursor of the charts against t). One run is the special case of several: every chart draws
 * each run's curves in the run's {@link RunStyle}; with more than one run the legends name the runs
 * and show the line styles in grey. The first run leads: charts that show one run only (the
 * spectrogram) show it. All runs share the dimension of the first.
 *
 * @param time the time the scrubber shows; each run shows its kept snapshot nearest to it
 */
public record ChartView(List<RunView> runs, double time) {

    public ChartView {
        runs = List.copyOf(runs);
        if (runs.isEmpty() || runs.size() > Palette.RUNS) {
            throw new IllegalArgumentException("a chart draws 1 to " + Palette.RUNS + " runs, got " + runs.size());
        }
        int dimension = dimension(runs.get(0));
        if (runs.stream().anyMatch(r -> dimension(r) != dimension)) {
            throw new IllegalArgumentException("runs drawn on one chart must share their dimension");
        }
    }

    /** {@code data} alone at the time it shows, in the colours of a single run. */
    public static ChartView single(ChartData data) {
        return new ChartView(List.of(new RunView(data, data.session().name(), RunStyle.SINGLE)), data.time());
    }

    private static int dimension(RunView r) {
        return r.data().domain().dimension();
    }

    /** The leading run: the one shown where a chart shows only one. */
    public RunView lead() {
        return runs.get(0);
    }

    /** True when several runs are drawn: legends then name the runs. */
    public boolean compared() {
        return runs.size() > 1;
    }

    /** The colours of the legend's line-style samples: the run's own when alone, grey when compared. */
    public RunStyle key() {
        return compared() ? RunStyle.KEY : lead().style();
    }

    public int dimension() {
        return dimension(lead());
    }

    /** True when the PDE is exact for every run drawn (2-layer networks); else it is named a reference. */
    public boolean pdeIsExact() {
        return runs.stream().allMatch(r -> r.data().pdeIsExact());
    }

    /** The largest {@link ChartData#maxFrequency()} of the runs: a frequency axis that holds them all. */
    public double maxFrequency() {
        return max(ChartData::maxFrequency);
    }

    /** The longest {@link ChartData#totalTime()} of the runs: a time axis that holds them all. */
    public double totalTime() {
        return max(ChartData::totalTime);
    }

    private double max(ToDoubleFunction<ChartData> f) {
        return runs.stream().mapToDouble(r -> f.applyAsDouble(r.data())).max().orElseThrow();
    }
}
