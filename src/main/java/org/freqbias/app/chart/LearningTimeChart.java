package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import org.freqbias.core.design.WantedTimes;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Chart 5: learning time of each frequency (first t with |r^(xi, t)| / |r^(xi, 0)| < 1/e) against
 * xi, for each run: the network as dots (rings at the top edge: not learned yet, the time only a
 * lower bound, so a ring never sits below a learned point as if learned at once), the PDE as a
 * curve and the pure damping time 1 / (2 pi rho(xi)) dotted. Compared runs on one chart are the
 * paper's central figure: each distribution's observed learning times on its predicted curve.
 * Only frequencies carrying at least 1e-3 of the largest initial error are measured; elsewhere the
 * ratio is noise. The learning times one wants, when set ({@link #setWanted}), are a dashed curve
 * whose points can be dragged ({@link WantedCurve}), fitted to the leading run's PDE: wanted,
 * predicted and observed on one chart.
 */
public final class LearningTimeChart extends XyChartFrame {

    private static final double SIGNIFICANT = 1e-3;
    /** The top of the time axis, in run lengths (of the longest run drawn); rings (not learned yet) sit there. */
    public static final double TOP = 10;

    private static final LineStyle WANTED = LineStyle.dashed(Palette.WANTED);

    /** One run's curves, in drawing order: damping, PDE, network dots. */
    private final class Curves {
        final PlotSeries damping = series("pure damping 1/(2π ρ(ξ))", RunStyle.SINGLE.dampingLine());
        final PlotSeries pde = pdeCurve("", LineStyle.solid(RunStyle.SINGLE.pde()));
        final PlotSeries network = series("network (ring at the top: not learned yet)", LineStyle.dotsOf(RunStyle.SINGLE.network()));
        /**
         * The PDE trajectory whose learning times were read last, and the chart data that tracks
         * them: a new chart data of the same trajectory (the next snapshot) reuses them rather than
         * tracking the whole trajectory again.
         */
        SpectrumTrajectory trackedPde;
        ChartData pdeTracker;

        void clear() {
            damping.clear();
            pde.clear();
            network.clear();
        }

        /** The PDE's learning time at grid frequency k of {@code data}; null without a PDE. */
        LearningTime pdeTime(ChartData data, int k) {
            if (!data.hasPde()) {
                return null;
            }
            if (data.pde() != trackedPde) {
                trackedPde = data.pde();
                pdeTracker = data;
            }
            return pdeTracker.pdeLearningTime(k);
        }
    }

    /** One run's learning times over the frequencies of the axis, NaN where not measured. */
    private record Times(double[] xi, double[] network, boolean[] lowerBound, double[] pde, double[] damping) {
    }

    private final Slots<Curves> slots = new Slots<>(i -> new Curves());
    private final WantedCurve wanted = new WantedCurve(series("wanted", WANTED),
            series(null, LineStyle.dotsOf(Palette.WANTED)).series(), xAxis, yAxis);

    public LearningTimeChart() {
        super("Learning time against frequency", "learning-time", "frequency ξ (rad per unit x)", "learning time", YScale.LOG);
        readoutSymbols("ξ", "learning time");
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, wanted::pressed);
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, wanted::dragged);
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> wanted.released());
    }

    /** Shows the learning times one wants (null: none), redrawn at once. */
    public void setWanted(WantedTimes w) {
        if (!Objects.equals(w, wanted.wanted())) {
            wanted.set(w);
            if (drawnView() != null) {
                draw(drawnView());
            }
        }
    }

    /** Called with the new wanted times while one of their points is dragged. */
    public void setOnWantedEdited(Consumer<WantedTimes> action) {
        wanted.setOnEdited(action);
    }

    /** The time scale c the wanted curve is drawn at (NaN without one), for tests. */
    public double wantedScale() {
        return wanted.wanted() == null ? Double.NaN : wanted.scale();
    }

    /** Where point k of the wanted curve is drawn, in scene coordinates, for tests. */
    public Point2D wantedPointPosition(int k) {
        return wanted.scenePosition(k);
    }

    @Override
    protected void draw(ChartView view) {
        double top = view.maxFrequency();
        double total = view.totalTime();
        double floor = total / 1e4;
        xRange(0, top);
        markPeaks(view);
        PixelColumns columns = columns();
        double lo = Double.POSITIVE_INFINITY;
        for (int i = 0; i < view.runs().size(); i++) {
            RunView run = view.runs().get(i);
            Curves c = slots.get(i);
            Times t = times(run.data(), c, top, TOP * total);
            c.damping.restyle(run.style().dampingLine(), run.label());
            c.pde.restyle(LineStyle.solid(run.style().pde()), run.label());
            c.network.restyle(LineStyle.dotsOf(run.style().network()), run.label());
            Curve ln = dots(c.network, t.xi(), t.network(), t.lowerBound(), floor, columns);
            Curve lp = LogScale.log10(ColumnDecimator.thin(t.xi(), t.pde(), columns), floor);
            Curve ld = LogScale.log10(ColumnDecimator.thin(t.xi(), t.damping(), columns), floor);
            c.pde.show(lp);
            c.damping.show(ld);
            lo = Math.min(lo, LogScale.min(ln.y(), lp.y(), ld.y()));
        }
        slots.from(view.runs().size()).forEach(Curves::clear);
        ChartData lead = view.lead().data();
        double[] lw = wanted.draw(lead.peakMagnitudes(), peakTimes(lead, slots.get(0)), lead.domain().dimension());
        // Up to TOP times the longest run: beyond that the damping time is off the chart.
        double upper = Math.log10(TOP * total);
        LogScale.fit(yAxis, Math.min(upper - 1, Math.min(lo, LogScale.min(lw))), upper);
        setYLabel(LogScale.label("learning time", floor));
        RunStyle key = view.key();
        List<LegendItem> items = new ArrayList<>(List.of(LegendItem.of("pure damping 1/(2π ρ(ξ))", key.dampingLine()),
                LegendItem.pde("", view.pdeIsExact(), LineStyle.solid(key.pde())),
                LegendItem.of("network (ring at the top: not learned yet)", LineStyle.dotsOf(key.network()))));
        if (wanted.wanted() != null) {
            items.add(LegendItem.of("wanted (drag its points)", WANTED));
        }
        legend(view, items);
    }

    /**
     * The learning times of {@code data} at the frequencies 0 <= xi <= {@code top}; a frequency not
     * learned yet at {@code ringTime} (the chart's top edge).
     */
    private static Times times(ChartData data, Curves c, double top, double ringTime) {
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
            // A lower bound at t = 0 says nothing yet; a later one (learned after now, perhaps never)
            // is drawn at the chart's top edge, above every learned time.
            nnTime[k] = !nn.lowerBound() ? nn.time() : nn.time() > 0 ? ringTime : Double.NaN;
            lowerBound[k] = nn.lowerBound();
            LearningTime p = c.pdeTime(data, k);
            if (p != null && !p.lowerBound()) {
                pdeTime[k] = p.time();
            }
        }
        return new Times(xi, nnTime, lowerBound, pdeTime, damp);
    }

    /** The PDE's learning time at each peak of {@code data} (NaN where not learned within the run, or without a PDE). */
    private static double[] peakTimes(ChartData data, Curves c) {
        double[] t = new double[data.peakCount()];
        for (int p = 0; p < t.length; p++) {
            LearningTime pde = c.pdeTime(data, data.facts().peakIndex(p));
            t[p] = pde == null || pde.lowerBound() ? Double.NaN : pde.time();
        }
        return t;
    }

    /**
     * Shows the network's dots in {@code network}: learned ones filled, lower bounds as rings, each
     * kind thinned to the pixel columns on its own (at most two dots of a kind per column), merged in
     * x order.
     *
     * @return the dots shown, on the log scale
     */
    private static Curve dots(PlotSeries network, double[] xi, double[] time, boolean[] lowerBound, double floor,
            PixelColumns columns) {
        ColumnDecimator learned = new ColumnDecimator(columns);
        ColumnDecimator pending = new ColumnDecimator(columns);
        for (int k = 0; k < xi.length; k++) {
            (lowerBound[k] ? pending : learned).add(xi[k], time[k]);
        }
        Curve a = learned.curve();
        Curve b = pending.curve();
        int n = a.size() + b.size();
        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] hollow = new boolean[n];
        for (int i = 0, j = 0, o = 0; o < n; o++) {
            boolean fromB = i >= a.size() || (j < b.size() && b.x()[j] < a.x()[i]);
            x[o] = fromB ? b.x()[j] : a.x()[i];
            y[o] = fromB ? b.y()[j++] : a.y()[i++];
            hollow[o] = fromB;
        }
        Curve shown = LogScale.log10(new Curve(x, y), floor);
        network.showDots(shown, hollow);
        return shown;
    }
}
