package org.freqbias.app.chart;

import javafx.scene.chart.XYChart;

/** Chart 6: the loss against gradient-flow time t, network and PDE (Parseval), log scale. */
public final class LossChart extends XyChartFrame {

    private final XYChart.Series<Number, Number> network;
    private final XYChart.Series<Number, Number> pde;

    public LossChart() {
        super("Loss", "loss", "time t = η · step", "loss");
        LogScale.prepare(yAxis);
        network = series("network", LineStyle.solid(Palette.NETWORK));
        pde = series("PDE (Parseval)", LineStyle.dashed(Palette.PDE));
    }

    @Override
    public void render(ChartData data) {
        xRange(0, data.totalTime());
        double[] losses = data.history().losses();
        double[] pdeLoss = new double[0];
        double[] pdeTimes = new double[0];
        if (data.hasPde()) {
            pdeTimes = data.prediction().times();
            pdeLoss = new double[pdeTimes.length];
            for (int i = 0; i < pdeLoss.length; i++) {
                pdeLoss[i] = data.prediction().loss(i);
            }
        }
        double floor = LogScale.floorBelow(8, losses, pdeLoss);
        double[] ln = LogScale.log10(losses, floor);
        double[] lp = LogScale.log10(pdeLoss, floor);
        Series.set(network, data.history().times(), ln);
        Series.set(pde, pdeTimes, lp);
        LogScale.fit(yAxis, LogScale.min(ln, lp), LogScale.max(ln, lp));
        yAxis.setLabel(LogScale.label("loss", floor));
    }
}
