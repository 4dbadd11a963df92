package org.freqbias.app.chart;

/** Chart 1: the target g and the network's fit f_t over x. */
public final class FitChart extends XyChartFrame {

    private final PlotSeries target;
    private final PlotSeries fit;

    public FitChart() {
        super("Fit: target and network output", "fit", "x", "value", YScale.LINEAR);
        target = series("target g(x)", new LineStyle(Palette.TARGET, 3, "", false));
        fit = series("network f_t(x)", LineStyle.solid(Palette.NETWORK));
    }

    @Override
    protected void draw(ChartData data) {
        double[] x = data.setup().domain().axis();
        xRange(x[0], x[x.length - 1] + data.setup().domain().spacing());
        PixelColumns columns = columns();
        target.show(ColumnDecimator.thin(x, data.setup().target(), columns));
        fit.show(ColumnDecimator.thin(x, data.latest().fit(), columns));
    }
}
