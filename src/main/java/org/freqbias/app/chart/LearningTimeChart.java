package org.freqbias.app.chart;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseEvent;
import org.freqbias.core.design.WantedTimes;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * Chart 5: learning time of each frequency (first t with |r^(xi, t)| / |r^(xi, 0)| < 1/e) against
 * xi. Network as dots (rings: not learned yet, a lower bound), PDE as a curve, and the pure
 * damping time 1 / (2 pi rho(xi)) dotted. Only frequencies carrying at least 1e-3 of the largest
 * initial error are measured; elsewhere the ratio is noise. The learning times one wants, when set
 * ({@link #setWanted}), are a dashed curve whose points can be dragged ({@link WantedCurve}):
 * wanted, predicted and observed on one chart.
 */
public final class LearningTimeChart extends XyChartFrame {

    private static final double SIGNIFICANT = 1e-3;

    // Series are drawn in the order they are made: field initializers run after the frame's constructor.
    private final XYChart.Series<Number, Number> damping = series("pure damping 1/(2π ρ(ξ))", LineStyle.dotted(Palette.DAMPING));
    private final XYChart.Series<Number, Number> pde = pdeSeries("", LineStyle.solid(Palette.PDE));
    private final XYChart.Series<Number, Number> network = series("network (ring: not learned yet)", LineStyle.dotsOf(Palette.NETWORK));
    private final WantedCurve wanted = new WantedCurve(series(null, LineStyle.dashed(Palette.WANTED)),
            series(null, LineStyle.dotsOf(Palette.WANTED)), legend.add("wanted (drag its points)", LineStyle.dashed(Palette.WANTED)),
            xAxis, yAxis);
    private ChartData last;

    public LearningTimeChart() {
        super("Learning time against frequency", "learning-time", "frequency ξ (rad per unit x)", "learning time", YScale.LOG);
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

        LearningTimeTracker pdeTracker = data.hasPde() ? track(data.pde()) : null;
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
            // A lower bound at t = 0 says nothing yet.
            nnTime[k] = nn.lowerBound() && !(nn.time() > 0) ? Double.NaN : nn.time();
            lowerBound[k] = nn.lowerBound();
            if (pdeTracker != null) {
                LearningTime p = pdeTracker.at(k);
                pdeTime[k] = p.lowerBound() ? Double.NaN : p.time();
            }
        }
        double total = data.totalTime();
        double floor = total / 1e4;
        double[] ln = LogScale.log10(nnTime, floor);
        double[] lp = LogScale.log10(pdeTime, floor);
        double[] ld = LogScale.log10(damp, floor);
        Series.setDots(network, xi, ln, lowerBound, Palette.NETWORK);
        Series.set(pde, xi, lp);
        Series.set(damping, xi, ld);
        double[] lw = wanted.draw(peakMagnitudes(data), peakTimes(data, pdeTracker), data.setup().domain().dimension());
        // Up to ten times the run's length: beyond that the damping time is off the chart.
        double top = Math.log10(total) + 1;
        LogScale.fit(yAxis, Math.min(top - 1, LogScale.min(ln, lp, ld, lw)), top);
        yAxis.setLabel(LogScale.label("learning time", floor));
    }

    private static double[] peakMagnitudes(ChartData data) {
        return Arrays.stream(data.setup().peakIndices()).mapToDouble(k -> data.setup().grid().magnitude(k)).toArray();
    }

    /** The PDE's learning time at each peak (NaN where not learned within the run, or without a PDE). */
    private static double[] peakTimes(ChartData data, LearningTimeTracker pde) {
        return Arrays.stream(data.setup().peakIndices())
                .mapToDouble(k -> pde == null || pde.at(k).lowerBound() ? Double.NaN : pde.at(k).time()).toArray();
    }

    /** Learning times of the PDE, from its trajectory at the snapshot times. */
    private static LearningTimeTracker track(SpectrumTrajectory pde) {
        LearningTimeTracker tracker = new LearningTimeTracker(pde.abs()[0]);
        for (int i = 0; i < pde.times().length; i++) {
            tracker.add(pde.times()[i], pde.abs()[i]);
        }
        return tracker;
    }
}
