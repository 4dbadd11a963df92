package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * The F-principle view, 1D and 2D: relative error |r^(xi_p, t)| / |r^(xi_p, 0)| at each target
 * peak against t, with the time cursor; network solid, PDE dashed, each kernel flow (when computed)
 * in its own dash pattern. A run alone has one colour per peak, the legend naming each peak's
 * frequency; compared runs each have their colour, their peaks in its shades from dark (the first
 * peak) to light, and the legend names the peaks of the leading run in grey shades.
 */
public final class FPrincipleChart extends XyChartFrame {

    /** The curves of one peak of one run. */
    private final class PeakCurves {
        final PlotSeries network = series(null, RunStyle.SINGLE.networkLine());
        /** The network's relative error at this peak over the run's history. */
        final HistoryCurve networkRatio = new HistoryCurve();
        final PlotSeries pde = pdeCurve("", RunStyle.SINGLE.pdeLine());
        final Map<KernelFlowKind, PlotSeries> flows = new EnumMap<>(KernelFlowKind.class);

        PeakCurves() {
            for (KernelFlowKind kind : KernelFlowKind.values()) {
                flows.put(kind, series(null, KernelFlowStyle.of(kind).in(Palette.TARGET)));
            }
        }

        void clear() {
            network.clear();
            pde.clear();
            flows.values().forEach(PlotSeries::clear);
        }
    }

    private static final double FLOOR = 1e-6;

    /** Per run, one group per peak (made on first use, kept). */
    private final Slots<List<PeakCurves>> slots = new Slots<>(i -> new ArrayList<>());

    public FPrincipleChart() {
        super("Peak errors over time (F-principle)", "fprinciple", "time t = η · step", "relative error", YScale.LOG);
        readoutSymbols("t", "relative error");
    }

    @Override
    protected void draw(ChartView view) {
        xRange(0, view.totalTime());
        PixelColumns columns = columns();
        double lo = 0;
        boolean[] flowShown = new boolean[KernelFlowKind.values().length];
        for (int i = 0; i < view.runs().size(); i++) {
            RunView run = view.runs().get(i);
            ChartData data = run.data();
            List<PeakCurves> peaks = slots.get(i);
            int count = data.peakCount();
            while (peaks.size() < count) {
                peaks.add(new PeakCurves());
            }
            for (int p = 0; p < count; p++) {
                PeakCurves c = peaks.get(p);
                String colour = run.style().peak(p, count);
                String peak = data.peakLabel(p);
                // Named for Copy as CSV; the legend has one entry per peak and per line style.
                rename(c.network, peak);
                rename(c.pde, peak);
                c.network.restyle(LineStyle.solid(colour), run.label());
                c.pde.restyle(LineStyle.dashed(colour), run.label());
                Curve ln = LogScale.log10(c.networkRatio.of(data, data.peakRatio(p), columns), FLOOR);
                Curve lp = LogScale.log10(ColumnDecimator.thin(data.pdeTimes(), data.pdePeakRatios(p), columns), FLOOR);
                c.network.show(ln);
                c.pde.show(lp);
                lo = Math.min(lo, LogScale.min(ln.y(), lp.y()));
                for (KernelFlowKind kind : KernelFlowKind.values()) {
                    PlotSeries s = c.flows.get(kind);
                    rename(s, kind.label() + " (" + peak + ")");
                    s.restyle(KernelFlowStyle.of(kind).in(colour), run.label());
                    Curve lk = LogScale.log10(
                            ColumnDecimator.thin(data.flowTimes(kind), data.flowPeakRatios(kind, p), columns), FLOOR);
                    s.show(lk);
                    lo = Math.min(lo, LogScale.min(lk.y()));
                    flowShown[kind.ordinal()] |= data.has(kind);
                }
            }
            peaks.subList(count, peaks.size()).forEach(PeakCurves::clear);
        }
        for (List<PeakCurves> unused : slots.from(view.runs().size())) {
            unused.forEach(PeakCurves::clear);
        }
        LogScale.fit(yAxis, lo, 0);
        setYLabel(LogScale.label("relative error", FLOOR));
        timeCursor(view.time());
        legend(view, key(view, flowShown));
    }

    /** The peaks of the leading run, then the line styles (grey): network, PDE, the flows drawn. */
    private static List<LegendItem> key(ChartView view, boolean[] flowShown) {
        ChartData lead = view.lead().data();
        int count = lead.peakCount();
        List<LegendItem> items = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            items.add(LegendItem.of(lead.peakLabel(p), LineStyle.solid(view.key().peak(p, count))));
        }
        items.add(LegendItem.of("network", RunStyle.KEY.networkLine()));
        items.add(LegendItem.pde("", view.pdeIsExact(), RunStyle.KEY.pdeLine()));
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            if (flowShown[kind.ordinal()]) {
                items.add(LegendItem.of(kind.label(), KernelFlowStyle.of(kind).in(Palette.TARGET)));
            }
        }
        if (count == 0) {
            // Short: a legend's width is its widest entry's, and it must not widen a narrow chart column.
            items.add(LegendItem.note("no target peaks to follow", "The target has no nominal spectral peaks (an image)."));
        }
        return items;
    }
}
