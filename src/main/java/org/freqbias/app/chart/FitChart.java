package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.freqbias.core.grid.Domain;

/**
 * Chart 1: the target g and the network's fit f_t over x, of each run at the time shown; a target
 * is drawn once however many runs share it.
 */
public final class FitChart extends XyChartFrame {

    private static final LineStyle TARGET = new LineStyle(Palette.TARGET, 3, "", false);

    /** One run's curves. */
    private final class Curves {
        final PlotSeries target = series(TARGET);
        final PlotSeries fit = series(RunStyle.SINGLE.networkLine());
    }

    private final Slots<Curves> slots = new Slots<>(i -> new Curves());

    public FitChart() {
        super("Fit: target and network output", "fit", "x", "value", YScale.LINEAR);
    }

    @Override
    protected void draw(ChartView view) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (RunView run : view.runs()) {
            Domain d = run.data().domain();
            double[] x = d.axis();
            lo = Math.min(lo, x[0]);
            hi = Math.max(hi, x[x.length - 1] + d.spacing());
        }
        xRange(lo, hi);
        PixelColumns columns = columns();
        List<double[]> targetsDrawn = new ArrayList<>();
        for (int i = 0; i < view.runs().size(); i++) {
            RunView run = view.runs().get(i);
            Curves c = slots.get(i);
            double[] x = run.data().domain().axis();
            // The target with its axis: runs on other windows draw their own.
            double[] target = run.data().facts().target();
            double[] g = concat(x, target);
            if (targetsDrawn.stream().noneMatch(t -> Arrays.equals(t, g))) {
                targetsDrawn.add(g);
                c.target.show(ColumnDecimator.thin(x, target, columns));
            } else {
                c.target.clear();
            }
            c.fit.restyle(run.style().networkLine());
            double[] f = run.data().fit();
            if (f != null) {
                c.fit.show(ColumnDecimator.thin(x, f, columns));
            } else {
                c.fit.clear();
            }
        }
        for (Curves c : slots.from(view.runs().size())) {
            c.target.clear();
            c.fit.clear();
        }
        legend(view, List.of(LegendItem.of("target g(x)", TARGET), LegendItem.of("network f_t(x)", view.key().networkLine())));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
