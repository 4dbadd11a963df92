package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import org.freqbias.core.design.WantedTimes;

/**
 * The wanted learning times on the learning-time chart: the shape s(xi) drawn as tau = c s with
 * the time scale c that best matches the PDE's learning times at the target's peaks (only the
 * shape is free: rho has unit mass), or the damping limit's c while the PDE has none. Its points
 * are handles: drag one up or down to change the shape; c is held while dragging, so only that
 * point moves. The y axis shows log10 of the time.
 */
final class WantedCurve {

    /** A press within this many pixels of a handle takes it. */
    static final double HIT_PIXELS = 9;

    /** Samples of the drawn curve (linear in xi between points is curved on a log axis). */
    private static final int SAMPLES = 200;

    private final PlotSeries line;
    private final XYChart.Series<Number, Number> handles;
    private final NumberAxis xAxis;
    private final NumberAxis yAxis;
    private WantedTimes wanted;
    private double scale = Double.NaN;
    private int dragging = -1;
    private Consumer<WantedTimes> onEdited = w -> { };

    /** The chart's legend names the curve while {@link #wanted()} is set. */
    WantedCurve(PlotSeries line, XYChart.Series<Number, Number> handles, NumberAxis xAxis, NumberAxis yAxis) {
        this.line = line;
        this.handles = handles;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
    }

    void setOnEdited(Consumer<WantedTimes> action) {
        onEdited = action;
    }

    void set(WantedTimes w) {
        wanted = w;
    }

    WantedTimes wanted() {
        return wanted;
    }

    /**
     * Draws the curve for the chart's data: c fitted to the PDE's learning times {@code pdeTimes} at
     * the peaks' frequencies {@code peakXi} (NaN where unknown), unless a drag holds it.
     *
     * @param dimension d, for the damping limit's c
     * @return log10 of the times drawn (for the axis range), empty without a wanted curve
     */
    double[] draw(double[] peakXi, double[] pdeTimes, int dimension) {
        if (wanted == null) {
            line.clear();
            handles.getData().clear();
                return new double[0];
        }
        if (dragging < 0) {
            double fitted = wanted.fittedScale(peakXi, pdeTimes);
            scale = Double.isFinite(fitted) ? fitted : wanted.dampingScale(dimension);
        }
        double band = wanted.band();
        double[] x = new double[SAMPLES];
        double[] y = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = band * i / (SAMPLES - 1);
            y[i] = Math.log10(scale * wanted.at(x[i]));
        }
        line.show(new Curve(x, y));
        double[] xi = wanted.frequencies();
        double[] s = wanted.shape();
        // Handles are updated in place: the chart places a series' symbols only when its points move,
        // so new nodes at unchanged points would stay unplaced.
        List<XYChart.Data<Number, Number>> points = handles.getData();
        if (points.size() != xi.length) {
            List<XYChart.Data<Number, Number>> fresh = new ArrayList<>();
            for (int k = 0; k < xi.length; k++) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(xi[k], Math.log10(scale * s[k]));
                Circle dot = new Circle();
                dot.setMouseTransparent(true);
                d.setNode(dot);
                fresh.add(d);
            }
            handles.getData().setAll(fresh);
        }
        for (int k = 0; k < xi.length; k++) {
            XYChart.Data<Number, Number> d = points.get(k);
            d.setXValue(xi[k]);
            d.setYValue(Math.log10(scale * s[k]));
            Circle dot = (Circle) d.getNode();
            dot.setRadius(k == dragging ? 5.5 : 4);
            dot.setStyle("-fx-fill: " + (k == dragging ? Palette.WANTED : "white") + "; -fx-stroke: " + Palette.WANTED
                    + "; -fx-stroke-width: 2;");
        }
        return y;
    }

    /** The time scale c the curve is drawn at (NaN before it is drawn). */
    double scale() {
        return scale;
    }

    /** Where point k is drawn, in scene coordinates (tests drag it). */
    Point2D scenePosition(int k) {
        return toScene(wanted.frequencies()[k], Math.log10(scale * wanted.shape()[k]));
    }

    void pressed(MouseEvent e) {
        if (wanted == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int hit = -1;
        double best = HIT_PIXELS;
        for (int k = 0; k < wanted.size(); k++) {
            double distance = scenePosition(k).distance(e.getSceneX(), e.getSceneY());
            if (distance <= best) {
                hit = k;
                best = distance;
            }
        }
        if (hit >= 0) {
            dragging = hit;
            line.series().getChart().setCursor(Cursor.V_RESIZE);
            e.consume();
        }
    }

    /** Moves the dragged point to the mouse's height: s_k = 10^y / c. */
    void dragged(MouseEvent e) {
        if (dragging < 0) {
            return;
        }
        double y = yAxis.getValueForDisplay(yAxis.sceneToLocal(e.getSceneX(), e.getSceneY()).getY()).doubleValue();
        double s = Math.pow(10, y) / scale;
        if (Double.isFinite(s) && s > 0) {
            wanted = wanted.withShape(dragging, s);
            onEdited.accept(wanted);
        }
        e.consume();
    }

    void released() {
        if (dragging >= 0) {
            dragging = -1;
            line.series().getChart().setCursor(Cursor.DEFAULT);
        }
    }

    private Point2D toScene(double x, double y) {
        double sx = xAxis.localToScene(xAxis.getDisplayPosition(x), 0).getX();
        double sy = yAxis.localToScene(0, yAxis.getDisplayPosition(y)).getY();
        return new Point2D(sx, sy);
    }
}
