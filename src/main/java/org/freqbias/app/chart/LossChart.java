package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.experiment.History;

/**
 * The loss against gradient-flow time t, network and PDE (Parseval) of each run, log scale, with
 * the time cursor; 1D and 2D.
 */
public final class LossChart extends XyChartFrame {

    /** One run's curves. */
    private final class Curves {
        final PlotSeries network = series("network", RunStyle.SINGLE.networkLine());
        final PlotSeries pde = pdeCurve("Parseval", RunStyle.SINGLE.pdeLine());
        final HistoryCurve losses = new HistoryCurve();
    }

    private final Slots<Curves> slots = new Slots<>(i -> new Curves());

    public LossChart() {
        super("Loss", "loss", "time t = η · step", "loss", YScale.LOG);
        readoutSymbols("t", "loss");
    }

    @Override
    protected void draw(ChartView view) {
        xRange(0, view.totalTime());
        PixelColumns columns = columns();
        List<Curve> all = new ArrayList<>();
        for (int i = 0; i < view.runs().size(); i++) {
            ChartData data = view.runs().get(i).data();
            all.add(slots.get(i).losses.of(data, History.Row::loss, columns));
            all.add(ColumnDecimator.thin(data.pdeTimes(), data.pdeLoss(), columns));
        }
        // Thinning keeps every column's extremes, so the floor and range are those of all points.
        double floor = LogScale.floorBelow(8, all.stream().map(Curve::y).toArray(double[][]::new));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < view.runs().size(); i++) {
            RunView run = view.runs().get(i);
            Curves c = slots.get(i);
            Curve ln = LogScale.log10(all.get(2 * i), floor);
            Curve lp = LogScale.log10(all.get(2 * i + 1), floor);
            c.network.restyle(run.style().networkLine(), run.label());
            c.pde.restyle(run.style().pdeLine(), run.label());
            c.network.show(ln);
            c.pde.show(lp);
            lo = Math.min(lo, LogScale.min(ln.y(), lp.y()));
            hi = Math.max(hi, LogScale.max(ln.y(), lp.y()));
        }
        for (Curves c : slots.from(view.runs().size())) {
            c.network.clear();
            c.pde.clear();
        }
        LogScale.fit(yAxis, lo, hi);
        setYLabel(LogScale.label("loss", floor));
        timeCursor(view.time());
        RunStyle key = view.key();
        legend(view, List.of(LegendItem.of("network", key.networkLine()),
                LegendItem.pde("Parseval", view.pdeIsExact(), key.pdeLine())));
    }
}
