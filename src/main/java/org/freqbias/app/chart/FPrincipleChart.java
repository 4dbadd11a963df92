package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import org.freqbias.core.experiment.History;

/**
 * The F-principle view, 1D and 2D: relative error |r^(xi_p, t)| / |r^(xi_p, 0)| at each target
 * peak against t; network solid, PDE dashed, each kernel view (when computed) in its own dash
 * pattern, one colour per peak, the legend naming each peak's frequency.
 */
public final class FPrincipleChart extends XyChartFrame<RunSeries> {

    private final List<XYChart.Series<Number, Number>> network = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> pde = new ArrayList<>();
    /** Per view, one series per peak. */
    private final Map<KernelView, List<XYChart.Series<Number, Number>>> views = new EnumMap<>(KernelView.class);
    private final Map<KernelView, Label> viewEntries = new EnumMap<>(KernelView.class);
    private List<String> shownPeaks;

    public FPrincipleChart() {
        super("Peak errors over time (F-principle)", "fprinciple", "time t = η · step", "relative error");
        LogScale.prepare(yAxis);
    }

    @Override
    protected void draw(RunSeries data) {
        List<String> peaks = IntStream.range(0, data.peakCount()).mapToObj(data::peakLabel).toList();
        if (!peaks.equals(shownPeaks)) {
            rebuild(peaks);
        }
        xRange(0, data.totalTime());
        double floor = 1e-6;
        double[] times = data.rows().stream().mapToDouble(History.Row::time).toArray();
        double lo = 0;
        for (int p = 0; p < peaks.size(); p++) {
            double[] ln = LogScale.log10(data.peakRatios(p), floor);
            Series.set(network.get(p), times, ln);
            double[] lp = LogScale.log10(data.pdePeakRatios(p), floor);
            Series.set(pde.get(p), data.pdeTimes(), lp);
            lo = Math.min(lo, LogScale.min(ln, lp));
            for (KernelView v : KernelView.values()) {
                double[] lk = LogScale.log10(data.viewPeakRatios(v, p), floor);
                Series.set(views.get(v).get(p), data.viewTimes(v), lk);
                lo = Math.min(lo, LogScale.min(lk));
            }
        }
        for (KernelView v : KernelView.values()) {
            LegendBox.show(viewEntries.get(v), data.has(v));
        }
        LogScale.fit(yAxis, lo, 0);
        yAxis.setLabel(LogScale.label("relative error", floor));
    }

    private void rebuild(List<String> peaks) {
        chart.getData().clear();
        legend.clear();
        network.clear();
        pde.clear();
        views.clear();
        viewEntries.clear();
        for (KernelView v : KernelView.values()) {
            views.put(v, new ArrayList<>());
        }
        for (int p = 0; p < peaks.size(); p++) {
            network.add(series(peaks.get(p), LineStyle.solid(Palette.peak(p))));
            pde.add(series(null, LineStyle.dashed(Palette.peak(p))));
            for (KernelView v : KernelView.values()) {
                views.get(v).add(series(null, v.style(Palette.peak(p))));
            }
        }
        legend.add("network", LineStyle.solid(Palette.TARGET));
        legend.addPde("", LineStyle.dashed(Palette.TARGET));
        for (KernelView v : KernelView.values()) {
            viewEntries.put(v, legend.add(v.label(), v.style(Palette.TARGET)));
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
