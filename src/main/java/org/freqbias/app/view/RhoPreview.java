package org.freqbias.app.view;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.freqbias.app.chart.Palette;
import org.freqbias.app.chart.Ticks;
import org.freqbias.core.dist.FrequencyDistribution;

/**
 * A small live plot of the density rho(xi) (a curve that follows the sliders at once) over a
 * histogram of the frequencies the network actually sampled (redrawn when a new setup arrives).
 * The histogram is normalized as a density so the two are comparable.
 */
public final class RhoPreview extends StackPane {

    private static final int CURVE_POINTS = 201;
    private static final int BINS = 41;

    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
    private final XYChart.Series<Number, Number> histogram = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> density = new XYChart.Series<>();
    private double range = 1;
    private double[] samples = new double[0];
    private boolean rangeHeld;

    public RhoPreview() {
        getStyleClass().add("rho-preview");
        chart.setAnimated(false);
        xAxis.setAnimated(false);
        yAxis.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        xAxis.setAutoRanging(false);
        xAxis.setLabel("ξ   (grey: sampled w, blue: ρ)");
        yAxis.setTickLabelsVisible(false);
        yAxis.setTickMarkVisible(false);
        yAxis.setMinorTickVisible(false);
        chart.setPrefHeight(150);
        chart.setMinHeight(120);
        chart.getData().add(histogram);
        chart.getData().add(density);
        markHistogram();
        density.getNode().setStyle("-fx-stroke: " + Palette.NETWORK + "; -fx-stroke-width: 2;");
        getChildren().add(chart);
    }

    /**
     * Names what is drawn: in 1D the density over the histogram of the sampled frequencies; in 2D
     * ({@code plane}) the 1D family only, which the shape turns into the density on the plane.
     */
    public void setPlane(boolean plane) {
        xAxis.setLabel(plane ? "ξ   (blue: the 1D family ρ)" : "ξ   (grey: sampled w, blue: ρ)");
    }

    /** Redraws the density curve for {@code rho} and rescales the axis to its bulk (unless the range is held). */
    public void showDensity(FrequencyDistribution rho) {
        if (!rangeHeld) {
            double step = Ticks.niceStep(bulk(rho), 2);
            range = Math.ceil(bulk(rho) / step) * step;
            xAxis.setLowerBound(-range);
            xAxis.setUpperBound(range);
            xAxis.setTickUnit(step);
        }
        var points = new java.util.ArrayList<XYChart.Data<Number, Number>>(CURVE_POINTS);
        for (int i = 0; i < CURVE_POINTS; i++) {
            double xi = -range + 2 * range * i / (CURVE_POINTS - 1);
            points.add(new XYChart.Data<>(xi, rho.density(xi)));
        }
        density.getData().setAll(points);
        showSamples(samples);
    }

    /** Keeps the xi range while {@code held} (a point being dragged must not move under the mouse). */
    void holdRange(boolean held) {
        rangeHeld = held;
    }

    /** A series drawn over the density without a line (the editor's handles). */
    XYChart.Series<Number, Number> addHandles() {
        XYChart.Series<Number, Number> handles = new XYChart.Series<>();
        chart.getData().add(handles);
        handles.getNode().setStyle("-fx-stroke: transparent;");
        markHistogram(); // adding a series resets the style classes of the others
        return handles;
    }

    /** The histogram's style class: its colour and width per theme (CSS). */
    private void markHistogram() {
        if (!histogram.getNode().getStyleClass().contains("rho-histogram")) {
            histogram.getNode().getStyleClass().add("rho-histogram");
        }
    }

    /** The plot the editor listens to. */
    LineChart<Number, Number> chart() {
        return chart;
    }

    NumberAxis xAxis() {
        return xAxis;
    }

    NumberAxis yAxis() {
        return yAxis;
    }

    /** Redraws the histogram of {@code w} over the current range, as a step outline. */
    public void showSamples(double[] w) {
        samples = w;
        if (w.length == 0) {
            histogram.getData().clear();
            return;
        }
        double width = 2 * range / BINS;
        int[] counts = new int[BINS];
        for (double v : w) {
            int b = (int) Math.floor((v + range) / width);
            if (b >= 0 && b < BINS) {
                counts[b]++;
            }
        }
        var points = new java.util.ArrayList<XYChart.Data<Number, Number>>(2 * BINS + 2);
        points.add(new XYChart.Data<>(-range, 0));
        for (int b = 0; b < BINS; b++) {
            double h = counts[b] / (w.length * width);
            points.add(new XYChart.Data<>(-range + b * width, h));
            points.add(new XYChart.Data<>(-range + (b + 1) * width, h));
        }
        points.add(new XYChart.Data<>(range, 0));
        histogram.getData().setAll(points);
    }

    /**
     * Half-width of the plot: a quarter beyond the edge of the region where rho is at least 1e-3 of
     * its largest value, so that the edge of a band (a uniform rho, a disk in 2D) shows as a drop
     * inside the plot rather than on its border. The edge is found by a scan, then bisection.
     */
    static double bulk(FrequencyDistribution rho) {
        double peak = 0;
        for (double xi = 0.01; xi < 1e5; xi *= 1.25) {
            peak = Math.max(peak, rho.density(xi));
        }
        double last = 1;
        for (double xi = 0.01; xi < 1e5; xi *= 1.25) {
            if (rho.density(xi) >= 1e-3 * peak) {
                last = xi;
            }
        }
        double inside = last;
        double outside = 1.25 * last;
        for (int i = 0; i < 40; i++) {
            double mid = 0.5 * (inside + outside);
            if (rho.density(mid) >= 1e-3 * peak) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return 1.25 * outside;
    }
}
