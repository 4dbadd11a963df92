package org.freqbias.app.chart;

import javafx.scene.chart.XYChart;
import org.freqbias.core.experiment.History;

/** The loss against gradient-flow time t, network and PDE (Parseval), log scale; 1D and 2D. */
public final class LossChart extends XyChartFrame<RunSeries> {

    private final XYChart.Series<Number, Number> network;
    private final XYChart.Series<Number, Number> pde;

    public LossChart() {
        super("Loss", "loss", "time t = η · step", "loss");
        LogScale.prepare(yAxis);
        network = series("network", LineStyle.solid(Palette.NETWORK));
        pde = pdeSeries("Parseval", LineStyle.dashed(Palette.PDE));
    }

    @Override
    protected void draw(RunSeries data) {
        xRange(0, data.totalTime());
        var rows = data.rows();
        double[] times = rows.stream().mapToDouble(History.Row::time).toArray();
        double[] losses = rows.stream().mapToDouble(History.Row::loss).toArray();
        double[] pdeLoss = data.pdeLoss();
        double floor = LogScale.floorBelow(8, losses, pdeLoss);
        double[] ln = LogScale.log10(losses, floor);
        double[] lp = LogScale.log10(pdeLoss, floor);
        Series.set(network, times, ln);
        Series.set(pde, data.pdeTimes(), lp);
        LogScale.fit(yAxis, LogScale.min(ln, lp), LogScale.max(ln, lp));
        yAxis.setLabel(LogScale.label("loss", floor));
    }
}
