package org.freqbias.app.chart;

import java.util.List;
import javafx.scene.chart.XYChart;
import org.freqbias.core.experiment.LearningTime;

/**
 * Chart 5: learning time of each frequency (first t with |r^(xi, t)| / |r^(xi, 0)| < 1/e) against
 * xi, for each run: the network as dots (rings: not learned yet, a lower bound), the PDE as a
 * curve and the pure damping time 1 / (2 pi rho(xi)) dotted. Compared runs on one chart are the
 * paper's central figure: each distribution's observed learning times on its predicted curve.
 * Only frequencies carrying at least 1e-3 of the largest initial error are measured; elsewhere the
 * ratio is noise.
 */
public final class LearningTimeChart extends XyChartFrame {

    private static final double SIGNIFICANT = 1e-3;

    /** One run's curves, in drawing order: damping, PDE, network dots. */
    private final class Curves {
        final XYChart.Series<Number, Number> damping = series(RunStyle.SINGLE.dampingLine());
        final XYChart.Series<Number, Number> pde = series(LineStyle.solid(RunStyle.SINGLE.pde()));
        final XYChart.Series<Number, Number> network = series(LineStyle.dotsOf(RunStyle.SINGLE.network()));

        void clear() {
            Series.clear(damping);
            Series.clear(pde);
            Series.clear(network);
        }
    }

    /** One run's learning times over the frequencies of the axis, log10, NaN where not measured. */
    private record Times(double[] xi, double[] network, boolean[] lowerBound, double[] pde, double[] damping) {
    }

    private final Slots<Curves> slots = new Slots<>(i -> new Curves());

    public LearningTimeChart() {
        super("Learning time against frequency", "learning-time", "frequency ξ (rad per unit x)", "learning time", YScale.LOG);
    }

    @Override
    protected void draw(ChartView view) {
        double top = view.maxFrequency();
        double total = view.totalTime();
        double floor = total / 1e4;
        double lo = Double.POSITIVE_INFINITY;
        for (int i = 0; i < view.runs().size(); i++) {
            RunView run = view.runs().get(i);
            Curves c = slots.get(i);
            Times t = times(run.data(), top, floor);
            restyle(c.damping, run.style().dampingLine());
            restyle(c.pde, LineStyle.solid(run.style().pde()));
            Series.setDots(c.network, t.xi(), t.network(), t.lowerBound(), run.style().network());
            Series.set(c.pde, t.xi(), t.pde());
            Series.set(c.damping, t.xi(), t.damping());
            lo = Math.min(lo, LogScale.min(t.network(), t.pde(), t.damping()));
        }
        slots.from(view.runs().size()).forEach(Curves::clear);
        xRange(0, top);
        // Up to ten times the longest run: beyond that the damping time is off the chart.
        double upper = Math.log10(total) + 1;
        LogScale.fit(yAxis, Math.min(upper - 1, lo), upper);
        yAxis.setLabel(LogScale.label("learning time", floor));
        RunStyle key = view.key();
        legend(view, List.of(LegendItem.of("pure damping 1/(2π ρ(ξ))", key.dampingLine()),
                LegendItem.pde("", view.pdeIsExact(), LineStyle.solid(key.pde())),
                LegendItem.of("network (ring: not learned yet)", LineStyle.dotsOf(key.network()))));
    }

    /** The learning times of {@code data} at the frequencies 0 <= xi <= {@code top}, as log10 above {@code floor}. */
    private static Times times(ChartData data, double top, double floor) {
        double[] xiAll = data.magnitudes();
        int n = Band.count(xiAll, top);
        double[] xi = Band.head(xiAll, n);
        double[] a0 = data.facts().initialAbs();
        double threshold = SIGNIFICANT * LogScale.max(Band.head(a0, n));
        double[] nnTime = new double[n];
        boolean[] lowerBound = new boolean[n];
        double[] pdeTime = new double[n];
        double[] damp = new double[n];
        for (int k = 0; k < n; k++) {
            double pure = data.facts().pureDampingTime(data.grid().frequency(k));
            damp[k] = Double.isFinite(pure) ? pure : Double.NaN;
            nnTime[k] = Double.NaN;
            pdeTime[k] = Double.NaN;
            if (k == 0 || a0[k] < threshold) {
                continue;
            }
            LearningTime nn = data.learningTime(k);
            // A lower bound at t = 0 says nothing yet.
            nnTime[k] = nn.lowerBound() && !(nn.time() > 0) ? Double.NaN : nn.time();
            lowerBound[k] = nn.lowerBound();
            LearningTime p = data.pdeLearningTime(k);
            if (p != null && !p.lowerBound()) {
                pdeTime[k] = p.time();
            }
        }
        return new Times(xi, LogScale.log10(nnTime, floor), lowerBound, LogScale.log10(pdeTime, floor),
                LogScale.log10(damp, floor));
    }
}
