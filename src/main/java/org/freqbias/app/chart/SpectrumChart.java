package org.freqbias.app.chart;

import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;

/**
 * Chart 2: the error spectrum now, |r^(xi, t)| of the network, |u(xi, t)| of the PDE and, when
 * computed, |r^| of the kernel limit (the residual evolved by the infinite-width kernel), log scale.
 */
public final class SpectrumChart extends XyChartFrame<ChartData> {

    private final XYChart.Series<Number, Number> initial;
    private final XYChart.Series<Number, Number> network;
    private final XYChart.Series<Number, Number> pde;
    private final XYChart.Series<Number, Number> kernelLimit;
    private final Label kernelLimitEntry;

    public SpectrumChart() {
        super("Error spectrum now", "spectrum", "frequency ξ (rad per unit x)", "|r̂(ξ)|");
        LogScale.prepare(yAxis);
        initial = series("at t = 0", LineStyle.dotted(Palette.TARGET));
        network = series("network |r̂(ξ,t)|", LineStyle.solid(Palette.NETWORK));
        pde = pdeSeries("|u(ξ,t)|", LineStyle.dashed(Palette.PDE));
        kernelLimit = series(null, LineStyle.dotted(Palette.KERNEL_LIMIT));
        kernelLimitEntry = legend.add("kernel limit", LineStyle.dotted(Palette.KERNEL_LIMIT));
    }

    @Override
    protected void draw(ChartData data) {
        double[] xiAll = data.setup().frequencies();
        int n = Band.count(xiAll, data.maxFrequency());
        double[] xi = Band.head(xiAll, n);
        double[] a0 = Band.head(data.setup().initialResidual().abs(), n);
        double floor = LogScale.floorBelow(6, a0);
        xRange(0, data.maxFrequency());
        double[] l0 = LogScale.log10(a0, floor);
        Series.set(initial, xi, l0);
        Series.set(network, xi, LogScale.log10(Band.head(data.latest().spectrum().abs(), n), floor));
        if (data.hasPde()) {
            double[] u = data.pde().abs()[data.pdeIndexAt(data.latest().time())];
            Series.set(pde, xi, LogScale.log10(Band.head(u, n), floor));
        } else {
            pde.getData().clear();
        }
        if (data.hasKernelLimit()) {
            double[] r = data.kernelLimit().abs()[data.kernelLimitIndexAt(data.latest().time())];
            Series.set(kernelLimit, xi, LogScale.log10(Band.head(r, n), floor));
        } else {
            kernelLimit.getData().clear();
        }
        LegendBox.show(kernelLimitEntry, data.hasKernelLimit());
        LogScale.fit(yAxis, Math.log10(floor), LogScale.max(l0));
        yAxis.setLabel(LogScale.label("|r̂(ξ)|", floor));
    }
}
