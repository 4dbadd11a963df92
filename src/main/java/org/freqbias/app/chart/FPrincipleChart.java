package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.chart.XYChart;

/**
 * Chart 4, the F-principle view: relative error |r^(xi_p, t)| / |r^(xi_p, 0)| at each target
 * peak against t; network solid, PDE dashed, one colour per peak.
 */
public final class FPrincipleChart extends XyChartFrame {

    private final List<XYChart.Series<Number, Number>> network = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> pde = new ArrayList<>();
    private double[] shownPeaks = new double[0];

    public FPrincipleChart() {
        super("Relative error at the target peaks (F-principle)", "fprinciple", "time t = η · step", "relative error");
        LogScale.prepare(yAxis);
    }

    @Override
    public void render(ChartData data) {
        double[] peaks = data.setup().peaks();
        if (!Arrays.equals(peaks, shownPeaks)) {
            rebuild(peaks);
        }
        xRange(0, data.totalTime());
        double floor = 1e-6;
        double[][] ratios = data.history().peakRatios();
        double[] times = data.history().times();
        double lo = 0;
        for (int p = 0; p < peaks.length; p++) {
            double[] ln = LogScale.log10(ratios[p], floor);
            Series.set(network.get(p), times, ln);
            lo = Math.min(lo, LogScale.min(ln));
            if (data.hasPde()) {
                double[] lp = LogScale.log10(pdeRatios(data, data.setup().peakIndices()[p]), floor);
                Series.set(pde.get(p), data.prediction().times(), lp);
                lo = Math.min(lo, LogScale.min(lp));
            } else {
                pde.get(p).getData().clear();
            }
        }
        LogScale.fit(yAxis, lo, 0);
        yAxis.setLabel(LogScale.label("relative error", floor));
    }

    /** |u(xi_k, t_i)| / |u(xi_k, 0)| over the prediction's times. */
    static double[] pdeRatios(ChartData data, int k) {
        double[] times = data.prediction().times();
        double[] out = new double[times.length];
        double initial = data.prediction().abs(0)[k];
        for (int i = 0; i < times.length; i++) {
            out[i] = data.prediction().abs(i)[k] / initial;
        }
        return out;
    }

    private void rebuild(double[] peaks) {
        chart.getData().clear();
        legend.clear();
        network.clear();
        pde.clear();
        for (int p = 0; p < peaks.length; p++) {
            network.add(series("ξ = " + String.format("%.3g", peaks[p]), LineStyle.solid(Palette.peak(p))));
            pde.add(series(null, LineStyle.dashed(Palette.peak(p))));
        }
        legend.add("network", LineStyle.solid(Palette.TARGET));
        legend.add("PDE", LineStyle.dashed(Palette.TARGET));
        shownPeaks = peaks.clone();
    }
}
