package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import org.freqbias.core.experiment.History;
import org.freqbias.core.pde.PdeTrajectory;

/**
 * Chart 4, the F-principle view: relative error |r^(xi_p, t)| / |r^(xi_p, 0)| at each target
 * peak against t; network solid, PDE dashed, each kernel view (when computed) in its own dash
 * pattern, one colour per peak.
 */
public final class FPrincipleChart extends XyChartFrame {

    private final List<XYChart.Series<Number, Number>> network = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> pde = new ArrayList<>();
    /** Per view, one series per peak. */
    private final Map<KernelView, List<XYChart.Series<Number, Number>>> views = new EnumMap<>(KernelView.class);
    private final Map<KernelView, Label> viewEntries = new EnumMap<>(KernelView.class);
    private double[] shownPeaks = new double[0];

    public FPrincipleChart() {
        super("Peak errors over time (F-principle)", "fprinciple", "time t = η · step", "relative error");
        LogScale.prepare(yAxis);
    }

    @Override
    protected void draw(ChartData data) {
        double[] peaks = data.setup().peaks();
        if (!Arrays.equals(peaks, shownPeaks)) {
            rebuild(peaks);
        }
        xRange(0, data.totalTime());
        double floor = 1e-6;
        var rows = data.rows();
        double[] times = rows.stream().mapToDouble(History.Row::time).toArray();
        double[] initial = data.setup().initialResidual().abs();
        int[] peakIndices = data.setup().peakIndices();
        double lo = 0;
        for (int p = 0; p < peaks.length; p++) {
            int k = peakIndices[p];
            double[] ln = LogScale.log10(rows.stream().mapToDouble(r -> r.abs()[k] / initial[k]).toArray(), floor);
            Series.set(network.get(p), times, ln);
            lo = Math.min(lo, LogScale.min(ln));
            if (data.hasPde()) {
                double[] lp = LogScale.log10(ratios(data.pde(), k), floor);
                Series.set(pde.get(p), data.pde().times(), lp);
                lo = Math.min(lo, LogScale.min(lp));
            } else {
                pde.get(p).getData().clear();
            }
            for (KernelView v : KernelView.values()) {
                XYChart.Series<Number, Number> series = views.get(v).get(p);
                if (data.has(v)) {
                    double[] lk = LogScale.log10(ratios(data.trajectory(v), k), floor);
                    Series.set(series, data.trajectory(v).times(), lk);
                    lo = Math.min(lo, LogScale.min(lk));
                } else {
                    series.getData().clear();
                }
            }
        }
        for (KernelView v : KernelView.values()) {
            LegendBox.show(viewEntries.get(v), data.has(v));
        }
        LogScale.fit(yAxis, lo, 0);
        yAxis.setLabel(LogScale.label("relative error", floor));
    }

    /** |u(xi_k, t_i)| / |u(xi_k, 0)| over the trajectory's times. */
    private static double[] ratios(PdeTrajectory trajectory, int k) {
        double[][] abs = trajectory.abs();
        double[] out = new double[abs.length];
        for (int i = 0; i < abs.length; i++) {
            out[i] = abs[i][k] / abs[0][k];
        }
        return out;
    }

    private void rebuild(double[] peaks) {
        chart.getData().clear();
        legend.clear();
        network.clear();
        pde.clear();
        views.clear();
        viewEntries.clear();
        for (int p = 0; p < peaks.length; p++) {
            network.add(series("ξ = " + String.format("%.3g", peaks[p]), LineStyle.solid(Palette.peak(p))));
            pde.add(series(null, LineStyle.dashed(Palette.peak(p))));
            for (KernelView v : KernelView.values()) {
                views.computeIfAbsent(v, k -> new ArrayList<>()).add(series(null, v.style(Palette.peak(p))));
            }
        }
        legend.add("network", LineStyle.solid(Palette.TARGET));
        legend.addPde("", LineStyle.dashed(Palette.TARGET));
        for (KernelView v : KernelView.values()) {
            views.putIfAbsent(v, new ArrayList<>());
            viewEntries.put(v, legend.add(v.label(), v.style(Palette.TARGET)));
        }
        shownPeaks = peaks.clone();
    }
}
