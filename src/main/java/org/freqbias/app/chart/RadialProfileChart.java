package org.freqbias.app.chart;

import javafx.scene.chart.XYChart;
import org.freqbias.core.spectrum.PlaneGrid;

/**
 * 2D chart: the radial profile of |r^| now, the mean over rings of |xi| (width dxi), network
 * solid and PDE dashed, each kernel view (when computed) as a wide line beneath them, with the
 * profile at t = 0 dotted, log scale.
 */
public final class RadialProfileChart extends XyChartFrame<PlaneChartData> {

    private final XYChart.Series<Number, Number> initial;
    private final XYChart.Series<Number, Number> network;
    private final XYChart.Series<Number, Number> pde;
    private final ViewCurves views;

    public RadialProfileChart() {
        super("Radial profile of |r̂| now", "radial", "|ξ|", "|r̂|");
        LogScale.prepare(yAxis);
        initial = series("at t = 0", LineStyle.dotted(Palette.TARGET));
        views = new ViewCurves(this);
        network = series("network", LineStyle.solid(Palette.NETWORK));
        pde = pdeSeries("", LineStyle.dashed(Palette.PDE));
        views.addLegend();
    }

    @Override
    protected void draw(PlaneChartData data) {
        int n = data.n();
        double dxi = data.setup().domain().frequencySpacing();
        double top = data.maxFrequency();
        int bins = Math.min(n / 2 + 1, (int) Math.floor(top / dxi + 1e-9) + 1);
        double[] xi = new double[bins];
        for (int b = 0; b < bins; b++) {
            xi[b] = b * dxi;
        }
        PlaneGrid grid = data.setup().grid();
        double[] a0 = head(grid.radialProfile(data.setup().initialResidual().abs()), bins);
        double floor = LogScale.floorBelow(6, a0);
        xRange(0, top);
        double[] l0 = LogScale.log10(a0, floor);
        Series.set(initial, xi, l0);
        Series.set(network, xi, LogScale.log10(head(grid.radialProfile(data.networkAbs()), bins), floor));
        double[] u = data.pdeAbs();
        if (u != null) {
            Series.set(pde, xi, profile(grid, u, bins, floor));
        } else {
            pde.getData().clear();
        }
        for (KernelView v : KernelView.values()) {
            double[] abs = data.viewAbs(v);
            views.draw(v, xi, abs == null ? null : profile(grid, abs, bins, floor));
        }
        LogScale.fit(yAxis, Math.log10(floor), LogScale.max(l0));
        yAxis.setLabel(LogScale.label("|r̂| ring mean", floor));
    }

    /** log10 of the first {@code bins} rings of the radial profile of {@code abs} on {@code grid}, clamped at {@code floor}. */
    private static double[] profile(PlaneGrid grid, double[] abs, int bins, double floor) {
        return LogScale.log10(head(grid.radialProfile(abs), bins), floor);
    }

    private static double[] head(double[] values, int n) {
        return java.util.Arrays.copyOf(values, n);
    }
}
