package org.freqbias.app.chart;

import org.freqbias.core.experiment.History;

/** The loss against gradient-flow time t, network and PDE (Parseval), log scale; 1D and 2D. */
public final class LossChart extends XyChartFrame {

    // Series are drawn in the order they are made: field initializers run after the frame's constructor.
    private final PlotSeries network = series("network", LineStyle.solid(Palette.NETWORK));
    private final PlotSeries pde = pdeSeries("Parseval", LineStyle.dashed(Palette.PDE));
    private final HistoryCurve losses = new HistoryCurve();

    public LossChart() {
        super("Loss", "loss", "time t = η · step", "loss", YScale.LOG);
    }

    @Override
    protected void draw(ChartData data) {
        xRange(0, data.totalTime());
        PixelColumns columns = columns();
        Curve nn = losses.of(data.history(), History.Row::loss, columns);
        Curve p = ColumnDecimator.thin(data.pdeTimes(), data.pdeLoss(), columns);
        // Thinning keeps every column's extremes, so the floor and range are those of all points.
        double floor = LogScale.floorBelow(8, nn.y(), p.y());
        Curve ln = LogScale.log10(nn, floor);
        Curve lp = LogScale.log10(p, floor);
        network.show(ln);
        pde.show(lp);
        LogScale.fit(yAxis, LogScale.min(ln.y(), lp.y()), LogScale.max(ln.y(), lp.y()));
        yAxis.setLabel(LogScale.label("loss", floor));
    }
}
