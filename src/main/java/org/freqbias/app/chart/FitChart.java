package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Chart 1: the target g and the network's fit f_t over x. In sketch mode ({@link #startSketch})
 * the mouse draws a new target: press, drag across, release; the stroke, in data coordinates and in
 * the order drawn, goes to the caller. Esc (or {@link #cancelSketch}) leaves the mode unchanged.
 */
public final class FitChart extends XyChartFrame {

    private final PlotSeries target;
    private final PlotSeries fit;
    private final PlotSeries sketch;
    private final Label sketchEntry;
    private final List<Point2D> stroke = new ArrayList<>();
    private Consumer<double[][]> sketchDone;
    private Runnable sketchCancelled;

    public FitChart() {
        super("Fit: target and network output", "fit", "x", "value", YScale.LINEAR);
        target = series("target g(x)", new LineStyle(Palette.TARGET, 3, "", false));
        fit = series("network f_t(x)", LineStyle.solid(Palette.NETWORK));
        sketch = series(null, LineStyle.dashed(Palette.WANTED));
        sketchEntry = legend.add("your sketch (Esc cancels)", LineStyle.dashed(Palette.WANTED));
        LegendBox.show(sketchEntry, false);
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
    protected void draw(ChartData data) {
        double[] x = data.setup().domain().axis();
        xRange(x[0], x[x.length - 1] + data.setup().domain().spacing());
        PixelColumns columns = columns();
        target.show(ColumnDecimator.thin(x, data.setup().target(), columns));
        fit.show(ColumnDecimator.thin(x, data.latest().fit(), columns));
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
        LegendBox.show(sketchEntry, true);
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
        LegendBox.show(sketchEntry, false);
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
