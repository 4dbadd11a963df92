package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import org.freqbias.core.experiment.History;
import org.freqbias.core.pde.PdeTrajectory;

/**
 * Chart 4, the F-principle view: relative error |r^(xi_p, t)| / |r^(xi_p, 0)| at each target
 * peak against t; network solid, PDE dashed, kernel limit (when computed) dotted, one colour per peak.
 */
public final class FPrincipleChart extends XyChartFrame {

    private final List<XYChart.Series<Number, Number>> network = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> pde = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> kernelLimit = new ArrayList<>();
    private Label kernelLimitEntry;
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
            if (data.hasKernelLimit()) {
                double[] lk = LogScale.log10(ratios(data.kernelLimit(), k), floor);
                Series.set(kernelLimit.get(p), data.kernelLimit().times(), lk);
                lo = Math.min(lo, LogScale.min(lk));
            } else {
                kernelLimit.get(p).getData().clear();
            }
        }
        LegendBox.show(kernelLimitEntry, data.hasKernelLimit());
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
        kernelLimit.clear();
        for (int p = 0; p < peaks.length; p++) {
            network.add(series("ξ = " + String.format("%.3g", peaks[p]), LineStyle.solid(Palette.peak(p))));
            pde.add(series(null, LineStyle.dashed(Palette.peak(p))));
            kernelLimit.add(series(null, LineStyle.dotted(Palette.peak(p))));
        }
        legend.add("network", LineStyle.solid(Palette.TARGET));
        legend.addPde("", LineStyle.dashed(Palette.TARGET));
        kernelLimitEntry = legend.add("kernel limit", LineStyle.dotted(Palette.TARGET));
        shownPeaks = peaks.clone();
    }
}
