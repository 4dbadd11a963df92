package org.freqbias.app.chart;

import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;

/**
 * A {@link RuledLineChart} (peak rules beneath the series) with a time cursor: a vertical line across the plot at one x (the time the scrubber
 * shows), above the series, styled by the class {@code time-cursor}.
 */
final class CursorLineChart extends RuledLineChart {

    private final Line cursor = new Line();
    private double at = Double.NaN;

    CursorLineChart(NumberAxis xAxis, NumberAxis yAxis) {
        super(xAxis, yAxis);
        cursor.getStyleClass().add("time-cursor");
        cursor.setManaged(false);
        cursor.setVisible(false);
        cursor.setMouseTransparent(true);
        getPlotChildren().add(cursor);
    }

    /** Puts the cursor at {@code x}; NaN hides it. */
    void setTimeCursor(double x) {
        if (Double.compare(x, at) != 0) {
            at = x;
            requestChartLayout();
        }
    }

    /** Where the cursor is (NaN: hidden), for tests. */
    double timeCursor() {
        return at;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        boolean inside = at >= x.getLowerBound() && at <= x.getUpperBound();
        cursor.setVisible(inside);
        if (inside) {
            double px = Math.round(x.getDisplayPosition(at)) + 0.5; // a crisp one-pixel line
            cursor.setStartX(px);
            cursor.setEndX(px);
            cursor.setStartY(y.getDisplayPosition(y.getLowerBound()));
            cursor.setEndY(y.getDisplayPosition(y.getUpperBound()));
            cursor.toFront();
        }
    }
}
