package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Circle;

/**
 * One series of a LineChart, drawn from {@link Curve}s (already thinned to the plot's pixel columns)
 * without rebuilding it: the series keeps its data items, and showing a curve sets only the values
 * that differ and adds or removes items at the end. A curve equal to the one shown touches nothing,
 * and no redraw removes and re-adds every point (LineChart removes items in quadratic time). A series
 * of dots keeps one reused dot node per item and restyles a dot only when it turns hollow or filled.
 * A series left without points is also hidden: LineChart keeps drawing the last path of a series
 * whose points were all removed.
 */
final class PlotSeries {

    private static final double DOT_RADIUS = 3.2;

    private final XYChart.Series<Number, Number> series;
    private LineStyle style;
    /** The label of the run drawn, which Copy as CSV puts before the series' name when runs are compared. */
    private String run;
    /** The frame's line scale: path widths and dash lengths are multiplied by it. */
    private double scale;
    private String filledDot;
    private String hollowDot;

    /**
     * Draws into {@code series} in {@code style}, its path's widths and dashes times {@code scale},
     * and its dots (if any) in the style's colour.
     */
    PlotSeries(XYChart.Series<Number, Number> series, LineStyle style, double scale) {
        this.series = series;
        this.scale = scale;
        // The path node exists once the series is in a chart; re-style if it is ever recreated.
        series.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                node.setStyle(this.style.pathCss(this.scale));
            }
        });
        restyle(style);
    }

    /** Multiplies the path's widths and dash lengths by {@code scale} from now on (the theme's line scale). */
    void rescale(double scale) {
        this.scale = scale;
        if (series.getNode() != null) {
            series.getNode().setStyle(style.pathCss(scale));
        }
    }

    XYChart.Series<Number, Number> series() {
        return series;
    }

    /**
     * Draws run {@code run} (its label) in {@code style} from now on (a run that changed colour: alone
     * or compared); the dots take it at the next {@link #showDots}. The same style again touches nothing.
     */
    void restyle(LineStyle style, String run) {
        this.run = run;
        restyle(style);
    }

    /** The label of the run drawn (null when never said). */
    String run() {
        return run;
    }

    private void restyle(LineStyle style) {
        if (style.equals(this.style)) {
            return;
        }
        this.style = style;
        filledDot = "-fx-fill: " + style.colour() + "; -fx-stroke: transparent;";
        hollowDot = "-fx-fill: transparent; -fx-stroke: " + style.colour() + "; -fx-stroke-width: 1.3;";
        if (series.getNode() != null) {
            series.getNode().setStyle(style.pathCss(scale));
        }
    }

    /** Shows {@code curve} as a line. */
    void show(Curve curve) {
        update(curve, null);
    }

    /** Shows {@code curve} as dots; {@code hollow[i]} draws point i as a ring. */
    void showDots(Curve curve, boolean[] hollow) {
        update(curve, hollow);
    }

    /** Empties the series and hides its line. */
    void clear() {
        update(Curve.EMPTY, null);
    }

    private void update(Curve curve, boolean[] hollow) {
        ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        int n = curve.size();
        int shown = data.size();
        for (int i = 0; i < Math.min(n, shown); i++) {
            XYChart.Data<Number, Number> d = data.get(i);
            // Set only what differs: a property fires on every new Double, equal or not.
            if (d.getXValue().doubleValue() != curve.x()[i]) {
                d.setXValue(curve.x()[i]);
            }
            if (d.getYValue().doubleValue() != curve.y()[i]) {
                d.setYValue(curve.y()[i]);
            }
            if (hollow != null) {
                String style = hollow[i] ? hollowDot : filledDot;
                if (!style.equals(d.getNode().getStyle())) {
                    d.getNode().setStyle(style);
                }
            }
        }
        if (n < shown) {
            data.remove(n, shown);
        } else if (n > shown) {
            List<XYChart.Data<Number, Number>> more = new ArrayList<>(n - shown);
            for (int i = shown; i < n; i++) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(curve.x()[i], curve.y()[i]);
                if (hollow != null) {
                    Circle dot = new Circle(DOT_RADIUS);
                    dot.setStyle(hollow[i] ? hollowDot : filledDot);
                    d.setNode(dot);
                }
                more.add(d);
            }
            data.addAll(more);
        }
        if (series.getNode() != null && series.getNode().isVisible() != (n > 0)) {
            series.getNode().setVisible(n > 0);
        }
    }
}
