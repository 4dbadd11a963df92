package org.freqbias.app.chart;

import javafx.scene.chart.XYChart;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * The error spectrum now as curves against |xi|, log scale: at t = 0 dotted, each kernel flow
 * (when computed) as a wide line beneath the rest, the network solid, the PDE dashed. Subclasses
 * say how a spectrum on the run's grid becomes one curve: in 1D the spectrum itself
 * ({@link SpectrumChart}), in 2D its radial profile ({@link RadialProfileChart}).
 */
abstract class SpectrumCurvesChart extends XyChartFrame {

    private final String quantity;
    private final XYChart.Series<Number, Number> initial;
    private final XYChart.Series<Number, Number> network;
    private final XYChart.Series<Number, Number> pde;
    private final KernelFlowCurves flows;

    /**
     * @param quantity what the y axis shows, such as "|ȓ(ξ)|"
     * @param xSymbol the frequency's name in the hover readout, "ξ" or "|ξ|"
     * @param networkText the network's legend entry
     * @param pdeDetail the PDE's legend detail ({@link LegendBox#pdeText})
     */
    SpectrumCurvesChart(String title, String fileName, String xLabel, String xSymbol, String quantity, String networkText,
            String pdeDetail) {
        super(title, fileName, xLabel, quantity, YScale.LOG);
        readoutSymbols(xSymbol, "|ȓ|");
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
        double[] l0 = LogScale.log10(a0, floor);
        Series.set(initial, xi, l0);
        Series.set(network, xi, LogScale.log10(curve(data, data.networkAbs(), n), floor));
        if (data.hasPde()) {
            Series.set(pde, xi, LogScale.log10(curve(data, data.pdeAbs(), n), floor));
        } else {
            Series.clear(pde);
        }
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            double[] abs = data.flowAbs(kind);
            flows.draw(kind, xi, abs == null ? null : LogScale.log10(curve(data, abs, n), floor));
        }
        markPeaks(data.peakMagnitudes());
        LogScale.fit(yAxis, Math.log10(floor), LogScale.max(l0));
        setYLabel(LogScale.label(quantity, floor));
    }
}
