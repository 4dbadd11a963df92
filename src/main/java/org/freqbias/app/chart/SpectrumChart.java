package org.freqbias.app.chart;

import javafx.scene.chart.XYChart;

/**
 * Chart 2: the error spectrum now, |r^(xi, t)| of the network, |u(xi, t)| of the PDE and, when
 * computed, |r^| of each kernel view (the residual evolved by a fixed kernel), log scale.
 */
public final class SpectrumChart extends XyChartFrame<ChartData> {

    private final XYChart.Series<Number, Number> initial;
    private final XYChart.Series<Number, Number> network;
    private final XYChart.Series<Number, Number> pde;
    private final ViewCurves views;

    public SpectrumChart() {
        super("Error spectrum now", "spectrum", "frequency ξ (rad per unit x)", "|r̂(ξ)|");
        LogScale.prepare(yAxis);
        initial = series("at t = 0", LineStyle.dotted(Palette.TARGET));
        views = new ViewCurves(this);
        network = series("network |r̂(ξ,t)|", LineStyle.solid(Palette.NETWORK));
        pde = pdeSeries("|u(ξ,t)|", LineStyle.dashed(Palette.PDE));
        views.addLegend();
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
            double[] u = data.pde().absNearest(data.latest().time());
            Series.set(pde, xi, LogScale.log10(Band.head(u, n), floor));
        } else {
            pde.getData().clear();
        }
        for (KernelView v : KernelView.values()) {
            views.draw(v, xi, data.has(v) ? LogScale.log10(Band.head(data.absNow(v), n), floor) : null);
        }
        LogScale.fit(yAxis, Math.log10(floor), LogScale.max(l0));
        yAxis.setLabel(LogScale.label("|r̂(ξ)|", floor));
    }
}
