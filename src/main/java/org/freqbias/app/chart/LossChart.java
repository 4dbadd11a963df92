package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.XYChart;

/**
 * The loss against gradient-flow time t, network and PDE (Parseval) of each run, log scale, with
 * the time cursor; 1D and 2D.
 */
public final class LossChart extends XyChartFrame {

    /** One run's curves. */
    private final class Curves {
        final XYChart.Series<Number, Number> network = series(RunStyle.SINGLE.networkLine());
        final XYChart.Series<Number, Number> pde = series(RunStyle.SINGLE.pdeLine());
    }

    private final Slots<Curves> slots = new Slots<>(i -> new Curves());

    public LossChart() {
        super("Loss", "loss", "time t = η · step", "loss", YScale.LOG);
    }

    @Override
    protected void draw(ChartView view) {
        List<double[]> all = new ArrayList<>();
        for (RunView run : view.runs()) {
            all.add(run.data().keptLosses());
            all.add(run.data().pdeLoss());
        }
        double floor = LogScale.floorBelow(8, all.toArray(double[][]::new));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < view.runs().size(); i++) {
            RunView run = view.runs().get(i);
            Curves c = slots.get(i);
            double[] ln = LogScale.log10(all.get(2 * i), floor);
            double[] lp = LogScale.log10(all.get(2 * i + 1), floor);
            restyle(c.network, run.style().networkLine());
            restyle(c.pde, run.style().pdeLine());
            Series.set(c.network, run.data().keptTimes(), ln);
            Series.set(c.pde, run.data().pdeTimes(), lp);
            lo = Math.min(lo, LogScale.min(ln, lp));
            hi = Math.max(hi, LogScale.max(ln, lp));
        }
        for (Curves c : slots.from(view.runs().size())) {
            Series.clear(c.network);
            Series.clear(c.pde);
        }
        xRange(0, view.totalTime());
        LogScale.fit(yAxis, lo, hi);
        yAxis.setLabel(LogScale.label("loss", floor));
        timeCursor(view.time());
        RunStyle key = view.key();
        legend(view, List.of(LegendItem.of("network", key.networkLine()),
                LegendItem.pde("Parseval", view.pdeIsExact(), key.pdeLine())));
    }
}
