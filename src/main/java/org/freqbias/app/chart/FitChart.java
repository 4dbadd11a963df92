package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.chart.XYChart;
import org.freqbias.core.grid.Domain;

/**
 * Chart 1: the target g and the network's fit f_t over x, of each run at the time shown; a target
 * is drawn once however many runs share it.
 */
public final class FitChart extends XyChartFrame {

    private static final LineStyle TARGET = new LineStyle(Palette.TARGET, 3, "", false);

    /** One run's curves. */
    private final class Curves {
        final XYChart.Series<Number, Number> target = series(TARGET);
        final XYChart.Series<Number, Number> fit = series(RunStyle.SINGLE.networkLine());
    }

    private final Slots<Curves> slots = new Slots<>(i -> new Curves());

    public FitChart() {
        super("Fit: target and network output", "fit", "x", "value", YScale.LINEAR);
    }

    @Override
    protected void draw(ChartView view) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<double[]> targetsDrawn = new ArrayList<>();
        for (int i = 0; i < view.runs().size(); i++) {
            RunView run = view.runs().get(i);
            Curves c = slots.get(i);
            Domain d = run.data().domain();
            double[] x = d.axis();
            lo = Math.min(lo, x[0]);
            hi = Math.max(hi, x[x.length - 1] + d.spacing());
            // The target with its axis: runs on other windows draw their own.
            double[] target = run.data().facts().target();
            double[] g = concat(x, target);
            if (targetsDrawn.stream().noneMatch(t -> Arrays.equals(t, g))) {
                targetsDrawn.add(g);
                Series.set(c.target, x, target);
            } else {
                Series.clear(c.target);
            }
            restyle(c.fit, run.style().networkLine());
            double[] f = run.data().fit();
            if (f != null) {
                Series.set(c.fit, x, f);
            } else {
                Series.clear(c.fit);
            }
        }
        for (Curves c : slots.from(view.runs().size())) {
            Series.clear(c.target);
            Series.clear(c.fit);
        }
        xRange(lo, hi);
        legend(view, List.of(LegendItem.of("target g(x)", TARGET), LegendItem.of("network f_t(x)", view.key().networkLine())));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
