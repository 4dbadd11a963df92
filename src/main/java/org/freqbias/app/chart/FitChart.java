package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.chart.LineChart;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.freqbias.core.grid.Domain;

/**
 * Chart 1: the target g and the network's fit f_t over x, of each run at the time shown; a target
 * is drawn once however many runs share it. In sketch mode ({@link #startSketch}) the mouse draws a
 * new target: press, drag across, release; the stroke, in data coordinates and in the order drawn,
 * goes to the caller. Esc (or {@link #cancelSketch}) leaves the mode unchanged.
 */
public final class FitChart extends XyChartFrame {

    private static final LineStyle TARGET = new LineStyle(Palette.TARGET, 3, "", false);
    private static final LineStyle SKETCH = LineStyle.dashed(Palette.WANTED);

    /** One run's curves. */
    private final class Curves {
        final PlotSeries target = series("target g(x)", TARGET);
        final PlotSeries fit = series("network f_t(x)", RunStyle.SINGLE.networkLine());
    }

    private final Slots<Curves> slots = new Slots<>(i -> new Curves());
    private final PlotSeries sketch = series("your sketch", SKETCH);
    private final List<Point2D> stroke = new ArrayList<>();
    private Consumer<double[][]> sketchDone;
    private Runnable sketchCancelled;

    public FitChart() {
        super("Fit: target and network output", "fit", "x", "value", YScale.LINEAR);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);   // a stroke is drawn in the order drawn
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> released());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && sketching()) {
                Runnable cancelled = sketchCancelled;
                cancelSketch();
                cancelled.run();
                e.consume();
            }
        });
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
            c.target.restyle(TARGET, run.label());
            c.fit.restyle(run.style().networkLine(), run.label());
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
        showLegend(view);
    }

    /** The legend of {@code view}, with the sketch's entry while sketching. */
    private void showLegend(ChartView view) {
        List<LegendItem> key = new ArrayList<>(List.of(LegendItem.of("target g(x)", TARGET),
                LegendItem.of("network f_t(x)", view.key().networkLine())));
        if (sketching()) {
            key.add(LegendItem.of("your sketch (Esc cancels)", SKETCH));
        }
        legend(view, key);
    }

    /** Shows the legend of the view drawn again (the sketch's entry came or went). */
    private void refreshLegend() {
        if (drawnView() != null) {
            showLegend(drawnView());
        }
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Enters sketch mode: the next stroke drawn on the plot is handed to {@code done} as {x[], y[]}
     * (data coordinates, in the order drawn), and the mode ends; Esc ends it with {@code cancelled}.
     */
    public void startSketch(Consumer<double[][]> done, Runnable cancelled) {
        sketchDone = done;
        sketchCancelled = cancelled;
        stroke.clear();
        sketch.clear();
        refreshLegend();
        chart.setCursor(Cursor.CROSSHAIR);
        // The y range stays put while drawing: the stroke is drawn into the box the user sees.
        double lower = yAxis.getLowerBound();
        double upper = yAxis.getUpperBound();
        yAxis.setAutoRanging(false);
        yAxis.setLowerBound(lower);
        yAxis.setUpperBound(upper);
        // Lay out now: the mouse is mapped with the frozen range from the first press on.
        chart.layout();
        requestFocus();
    }

    /** Leaves sketch mode without a new target (and without telling the caller). */
    public void cancelSketch() {
        sketchDone = null;
        sketchCancelled = null;
        stroke.clear();
        sketch.clear();
        refreshLegend();
        chart.setCursor(Cursor.DEFAULT);
        yAxis.setAutoRanging(true);
    }

    public boolean sketching() {
        return sketchDone != null;
    }

    /** The scene position of the plot point (x, y), for tests that draw a stroke. */
    public Point2D scenePosition(double x, double y) {
        return new Point2D(xAxis.localToScene(xAxis.getDisplayPosition(x), 0).getX(),
                yAxis.localToScene(0, yAxis.getDisplayPosition(y)).getY());
    }

    private void pressed(MouseEvent e) {
        if (sketching() && e.getButton() == MouseButton.PRIMARY) {
            stroke.clear();
            add(e);
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (sketching() && !stroke.isEmpty()) {
            add(e);
            e.consume();
        }
    }

    private void released() {
        if (!sketching() || stroke.isEmpty()) {
            return;
        }
        double[][] xy = {stroke.stream().mapToDouble(Point2D::getX).toArray(), stroke.stream().mapToDouble(Point2D::getY).toArray()};
        Consumer<double[][]> done = sketchDone;
        cancelSketch();
        done.accept(xy);
    }

    private void add(MouseEvent e) {
        double x = xAxis.getValueForDisplay(xAxis.sceneToLocal(e.getSceneX(), e.getSceneY()).getX()).doubleValue();
        double y = yAxis.getValueForDisplay(yAxis.sceneToLocal(e.getSceneX(), e.getSceneY()).getY()).doubleValue();
        stroke.add(new Point2D(x, y));
        sketch.show(new Curve(stroke.stream().mapToDouble(Point2D::getX).toArray(), stroke.stream().mapToDouble(Point2D::getY).toArray()));
    }
}
