package org.freqbias.app.chart;

import javafx.scene.chart.XYChart;

/** Chart 1: the target g and the network's fit f_t over x. */
public final class FitChart extends XyChartFrame {

    private final XYChart.Series<Number, Number> target;
    private final XYChart.Series<Number, Number> fit;

    public FitChart() {
        super("Fit: target and network output", "fit", "x", "value", YScale.LINEAR);
        target = series("target g(x)", new LineStyle(Palette.TARGET, 3, "", false));
        fit = series("network f_t(x)", LineStyle.solid(Palette.NETWORK));
    }

    @Override
    protected void draw(ChartData data) {
        double[] x = data.setup().domain().axis();
        xRange(x[0], x[x.length - 1] + data.setup().domain().spacing());
        Series.set(target, x, data.setup().target());
        Series.set(fit, x, data.latest().fit());
    }
}
