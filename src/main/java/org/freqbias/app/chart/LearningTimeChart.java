package org.freqbias.app.chart;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import org.freqbias.core.design.WantedTimes;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Chart 5: learning time of each frequency (first t with |r^(xi, t)| / |r^(xi, 0)| < 1/e) against
 * xi. Network as dots (rings at the top edge: not learned yet, the time only a lower bound, so a
 * ring never sits below a learned point as if learned at once), PDE as a curve, and the pure
 * damping time 1 / (2 pi rho(xi)) dotted. Only frequencies carrying at least 1e-3 of the largest
 * initial error are measured; elsewhere the ratio is noise. The learning times one wants, when set
 * ({@link #setWanted}), are a dashed curve whose points can be dragged ({@link WantedCurve}):
 * wanted, predicted and observed on one chart.
 */
public final class LearningTimeChart extends XyChartFrame {

    private static final double SIGNIFICANT = 1e-3;
    /** The top of the time axis, in run lengths. */
    private static final double TOP = 10;

    // Series are drawn in the order they are made: field initializers run after the frame's constructor.
    private final PlotSeries damping = series("pure damping 1/(2π ρ(ξ))", LineStyle.dotted(Palette.DAMPING));
    private final PlotSeries pde = pdeSeries("", LineStyle.solid(Palette.PDE));
    private final PlotSeries network = series("network (ring at the top: not learned yet)", LineStyle.dotsOf(Palette.NETWORK));
    private final WantedCurve wanted = new WantedCurve(series(null, LineStyle.dashed(Palette.WANTED)),
            series(null, LineStyle.dotsOf(Palette.WANTED)).series(), legend.add("wanted (drag its points)", LineStyle.dashed(Palette.WANTED)),
            xAxis, yAxis);
    private ChartData last;
    /** The PDE's learning times, tracked once per trajectory rather than every frame. */
    private SpectrumTrajectory trackedPde;
    private LearningTimeTracker pdeTracker;

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
            if (last != null) {
                draw(last);
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
    protected void draw(ChartData data) {
        last = data;
        double[] xiAll = data.magnitudes();
        int n = Band.count(xiAll, data.maxFrequency());
        double[] xi = Band.head(xiAll, n);
        double[] a0 = data.setup().initialResidual().abs();
        double threshold = SIGNIFICANT * LogScale.max(Band.head(a0, n));
        xRange(0, data.maxFrequency());
        markPeaks(data.peakMagnitudes());
        PixelColumns columns = columns();

        LearningTimeTracker pdeTimes = data.hasPde() ? track(data.pde()) : null;
        double[] nnTime = new double[n];
        boolean[] lowerBound = new boolean[n];
        double[] pdeTime = new double[n];
        double[] damp = new double[n];
        for (int k = 0; k < n; k++) {
            double pure = data.setup().pureDampingTime(data.setup().grid().frequency(k));
            damp[k] = Double.isFinite(pure) ? pure : Double.NaN;
            nnTime[k] = Double.NaN;
            pdeTime[k] = Double.NaN;
            if (k == 0 || a0[k] < threshold) {
                continue;
            }
            LearningTime nn = data.learningTimes().at(k);
            // A lower bound at t = 0 says nothing yet; a later one (learned after now, perhaps never)
            // is drawn at the chart's top edge, above every learned time.
            nnTime[k] = !nn.lowerBound() ? nn.time() : nn.time() > 0 ? TOP * data.totalTime() : Double.NaN;
            lowerBound[k] = nn.lowerBound();
            if (pdeTimes != null) {
                LearningTime p = pdeTimes.at(k);
                pdeTime[k] = p.lowerBound() ? Double.NaN : p.time();
            }
        }
        double total = data.totalTime();
        double floor = total / 1e4;
        Curve ln = dots(xi, nnTime, lowerBound, floor, columns);
        Curve lp = LogScale.log10(ColumnDecimator.thin(xi, pdeTime, columns), floor);
        Curve ld = LogScale.log10(ColumnDecimator.thin(xi, damp, columns), floor);
        pde.show(lp);
        damping.show(ld);
        double[] lw = wanted.draw(peakMagnitudes(data), peakTimes(data, pdeTimes), data.setup().domain().dimension());
        // Up to TOP times the run's length: beyond that the damping time is off the chart.
        double top = Math.log10(TOP * total);
        LogScale.fit(yAxis, Math.min(top - 1, LogScale.min(ln.y(), lp.y(), ld.y(), lw)), top);
        setYLabel(LogScale.label("learning time", floor));
    }

    private static double[] peakMagnitudes(ChartData data) {
        return Arrays.stream(data.setup().peakIndices()).mapToDouble(k -> data.setup().grid().magnitude(k)).toArray();
    }

    /** The PDE's learning time at each peak (NaN where not learned within the run, or without a PDE). */
    private static double[] peakTimes(ChartData data, LearningTimeTracker pde) {
        return Arrays.stream(data.setup().peakIndices())
                .mapToDouble(k -> pde == null || pde.at(k).lowerBound() ? Double.NaN : pde.at(k).time()).toArray();
    }

    /**
     * The network's dots: learned ones filled, lower bounds as rings, each kind thinned to the
     * pixel columns on its own (at most two dots of a kind per column), merged in x order.
     *
     * @return the dots shown, on the log scale
     */
    private Curve dots(double[] xi, double[] time, boolean[] lowerBound, double floor, PixelColumns columns) {
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

    /** Learning times of the PDE, from its trajectory at the snapshot times; tracked again only for another trajectory. */
    private LearningTimeTracker track(SpectrumTrajectory trajectory) {
        if (trajectory != trackedPde) {
            pdeTracker = new LearningTimeTracker(trajectory.abs()[0]);
            for (int i = 0; i < trajectory.times().length; i++) {
                pdeTracker.add(trajectory.times()[i], trajectory.abs()[i]);
            }
            trackedPde = trajectory;
        }
        return pdeTracker;
    }
}
