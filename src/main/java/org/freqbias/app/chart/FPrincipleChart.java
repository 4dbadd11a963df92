package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.scene.control.Label;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * The F-principle view, 1D and 2D: relative error |r^(xi_p, t)| / |r^(xi_p, 0)| at each target
 * peak against t; network solid, PDE dashed, each kernel flow (when computed) in its own dash
 * pattern, one colour per peak, the legend naming each peak's frequency.
 */
public final class FPrincipleChart extends XyChartFrame {

    private final List<PlotSeries> network = new ArrayList<>();
    /** The network's relative error at each peak over the run's history, one curve per peak. */
    private final List<HistoryCurve> networkRatios = new ArrayList<>();
    private final List<PlotSeries> pde = new ArrayList<>();
    /** Per kernel flow, one series per peak. */
    private final Map<KernelFlowKind, List<PlotSeries>> flows = new EnumMap<>(KernelFlowKind.class);
    private final Map<KernelFlowKind, Label> flowEntries = new EnumMap<>(KernelFlowKind.class);
    private List<String> shownPeaks;

    public FPrincipleChart() {
        super("Peak errors over time (F-principle)", "fprinciple", "time t = η · step", "relative error", YScale.LOG);
    }

    @Override
    protected void draw(ChartData data) {
        List<String> peaks = IntStream.range(0, data.peakCount()).mapToObj(data::peakLabel).toList();
        if (!peaks.equals(shownPeaks)) {
            rebuild(peaks);
        }
        xRange(0, data.totalTime());
        PixelColumns columns = columns();
        double floor = 1e-6;
        double lo = 0;
        for (int p = 0; p < peaks.size(); p++) {
            Curve ln = LogScale.log10(networkRatios.get(p).of(data.history(), data.peakRatio(p), columns), floor);
            network.get(p).show(ln);
            Curve lp = LogScale.log10(ColumnDecimator.thin(data.pdeTimes(), data.pdePeakRatios(p), columns), floor);
            pde.get(p).show(lp);
            lo = Math.min(lo, LogScale.min(ln.y(), lp.y()));
            for (KernelFlowKind kind : KernelFlowKind.values()) {
                Curve lk = LogScale.log10(ColumnDecimator.thin(data.flowTimes(kind), data.flowPeakRatios(kind, p), columns), floor);
                flows.get(kind).get(p).show(lk);
                lo = Math.min(lo, LogScale.min(lk.y()));
            }
        }
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            LegendBox.show(flowEntries.get(kind), data.has(kind));
        }
        LogScale.fit(yAxis, lo, 0);
        yAxis.setLabel(LogScale.label("relative error", floor));
    }

    private void rebuild(List<String> peaks) {
        chart.getData().clear();
        legend.clear();
        network.clear();
        networkRatios.clear();
        pde.clear();
        flows.clear();
        flowEntries.clear();
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            flows.put(kind, new ArrayList<>());
        }
        for (int p = 0; p < peaks.size(); p++) {
            network.add(series(peaks.get(p), LineStyle.solid(Palette.peak(p))));
            networkRatios.add(new HistoryCurve());
            pde.add(pdeCurve(peaks.get(p), LineStyle.dashed(Palette.peak(p))));
            for (KernelFlowKind kind : KernelFlowKind.values()) {
                PlotSeries flow = series(null, KernelFlowStyle.of(kind).in(Palette.peak(p)));
                flow.series().setName(kind.label() + " (" + peaks.get(p) + ")"); // for Copy as CSV; the legend has one entry per kind
                flows.get(kind).add(flow);
            }
        }
        legend.add("network", LineStyle.solid(Palette.TARGET));
        legend.addPde("", LineStyle.dashed(Palette.TARGET));
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            flowEntries.put(kind, legend.add(kind.label(), KernelFlowStyle.of(kind).in(Palette.TARGET)));
        }
        // Short: a legend's width is its widest entry's, and it must not widen a narrow chart column.
        Label noPeaks = new Label("no target peaks to follow");
        noPeaks.setTooltip(new javafx.scene.control.Tooltip("The target has no nominal spectral peaks (an image)."));
        noPeaks.getStyleClass().add("legend-entry");
        LegendBox.show(noPeaks, peaks.isEmpty());
        legend.getChildren().add(noPeaks);
        shownPeaks = List.copyOf(peaks);
    }
}
