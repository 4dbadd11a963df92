package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.XYChart;
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
        final XYChart.Series<Number, Number> network = series(RunStyle.SINGLE.networkLine());
        final XYChart.Series<Number, Number> pde = series(RunStyle.SINGLE.pdeLine());
        final Map<KernelFlowKind, XYChart.Series<Number, Number>> flows = new EnumMap<>(KernelFlowKind.class);

        PeakCurves() {
            for (KernelFlowKind kind : KernelFlowKind.values()) {
                flows.put(kind, series(KernelFlowStyle.of(kind).in(Palette.TARGET)));
            }
        }

        void clear() {
            Series.clear(network);
            Series.clear(pde);
            flows.values().forEach(Series::clear);
        }
    }

    private static final double FLOOR = 1e-6;

    /** Per run, one group per peak (made on first use, kept). */
    private final Slots<List<PeakCurves>> slots = new Slots<>(i -> new ArrayList<>());

    public FPrincipleChart() {
        super("Peak errors over time (F-principle)", "fprinciple", "time t = η · step", "relative error", YScale.LOG);
    }

    @Override
    protected void draw(ChartView view) {
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
            double[] times = data.keptTimes();
            for (int p = 0; p < count; p++) {
                PeakCurves c = peaks.get(p);
                String colour = run.style().peak(p, count);
                restyle(c.network, LineStyle.solid(colour));
                restyle(c.pde, LineStyle.dashed(colour));
                double[] ln = LogScale.log10(data.peakRatios(p), FLOOR);
                double[] lp = LogScale.log10(data.pdePeakRatios(p), FLOOR);
                Series.set(c.network, times, ln);
                Series.set(c.pde, data.pdeTimes(), lp);
                lo = Math.min(lo, LogScale.min(ln, lp));
                for (KernelFlowKind kind : KernelFlowKind.values()) {
                    XYChart.Series<Number, Number> s = c.flows.get(kind);
                    restyle(s, KernelFlowStyle.of(kind).in(colour));
                    double[] lk = LogScale.log10(data.flowPeakRatios(kind, p), FLOOR);
                    Series.set(s, data.flowTimes(kind), lk);
                    lo = Math.min(lo, LogScale.min(lk));
                    flowShown[kind.ordinal()] |= data.has(kind);
                }
            }
            peaks.subList(count, peaks.size()).forEach(PeakCurves::clear);
        }
        for (List<PeakCurves> unused : slots.from(view.runs().size())) {
            unused.forEach(PeakCurves::clear);
        }
        xRange(0, view.totalTime());
        LogScale.fit(yAxis, lo, 0);
        yAxis.setLabel(LogScale.label("relative error", FLOOR));
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
