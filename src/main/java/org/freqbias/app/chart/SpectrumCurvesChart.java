package org.freqbias.app.chart;

import org.freqbias.core.kernel.KernelFlowKind;

/**
 * The error spectrum now as curves against |xi|, log scale: at t = 0 dotted, each kernel flow
 * (when computed) as a wide line beneath the rest, the network solid, the PDE dashed. Subclasses
 * say how a spectrum on the run's grid becomes one curve: in 1D the spectrum itself
 * ({@link SpectrumChart}), in 2D its radial profile ({@link RadialProfileChart}).
 */
abstract class SpectrumCurvesChart extends XyChartFrame {

    private final String quantity;
    private final PlotSeries initial;
    private final PlotSeries network;
    private final PlotSeries pde;
    private final KernelFlowCurves flows;

    /**
     * @param quantity what the y axis shows, such as "|r̂(ξ)|"
     * @param networkText the network's legend entry
     * @param pdeDetail the PDE's legend detail ({@link LegendBox#pdeText})
     */
    SpectrumCurvesChart(String title, String fileName, String xLabel, String quantity, String networkText, String pdeDetail) {
        super(title, fileName, xLabel, quantity, YScale.LOG);
        this.quantity = quantity;
        initial = series("at t = 0", LineStyle.dotted(Palette.TARGET));
        flows = new KernelFlowCurves(this);
        network = series(networkText, LineStyle.solid(Palette.NETWORK));
        pde = pdeSeries(pdeDetail, LineStyle.dashed(Palette.PDE));
        flows.addLegend();
    }

    /** The frequencies |xi| the curves are drawn at, from 0 to {@link ChartData#maxFrequency()}. */
    protected abstract double[] frequencies(ChartData data);

    /** The curve of magnitudes {@code abs} on the run's grid at the first {@code points} of {@link #frequencies}. */
    protected abstract double[] curve(ChartData data, double[] abs, int points);

    @Override
    protected final void draw(ChartData data) {
        double[] xi = frequencies(data);
        int n = xi.length;
        double[] a0 = curve(data, data.setup().initialResidual().abs(), n);
        double floor = LogScale.floorBelow(6, a0);
        xRange(0, data.maxFrequency());
        PixelColumns columns = columns();
        Curve l0 = LogScale.log10(ColumnDecimator.thin(xi, a0, columns), floor);
        initial.show(l0);
        network.show(line(data, data.networkAbs(), xi, floor, columns));
        if (data.hasPde()) {
            pde.show(line(data, data.pdeAbs(), xi, floor, columns));
        } else {
            pde.clear();
        }
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            double[] abs = data.flowAbs(kind);
            flows.draw(kind, abs == null ? null : line(data, abs, xi, floor, columns));
        }
        LogScale.fit(yAxis, Math.log10(floor), LogScale.max(l0.y()));
        yAxis.setLabel(LogScale.label(quantity, floor));
    }

    /** The curve of {@code abs} at {@code xi}, thinned to {@code columns}, on the log scale above {@code floor}. */
    private Curve line(ChartData data, double[] abs, double[] xi, double floor, PixelColumns columns) {
        return LogScale.log10(ColumnDecimator.thin(xi, curve(data, abs, xi.length), columns), floor);
    }
}
