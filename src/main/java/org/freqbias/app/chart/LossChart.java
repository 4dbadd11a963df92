package org.freqbias.app.chart;

import javafx.scene.chart.XYChart;
import org.freqbias.core.experiment.History;

/** The loss against gradient-flow time t, network and PDE (Parseval), log scale; 1D and 2D. */
public final class LossChart extends XyChartFrame {

    // Series are drawn in the order they are made: field initializers run after the frame's constructor.
    private final XYChart.Series<Number, Number> network = series("network", LineStyle.solid(Palette.NETWORK));
    private final XYChart.Series<Number, Number> pde = pdeSeries("Parseval", LineStyle.dashed(Palette.PDE));

    public LossChart() {
        super("Loss", "loss", "time t = η · step", "loss", YScale.LOG);
        readoutSymbols("t", "loss");
    }

    @Override
    protected void draw(ChartData data) {
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
        setYLabel(LogScale.label("loss", floor));
    }
}
