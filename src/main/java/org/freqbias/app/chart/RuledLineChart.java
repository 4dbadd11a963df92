package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;

/**
 * An {@link IncrementalLineChart} that also draws light vertical rules across the plot at given x values (the target's
 * peak frequencies), beneath the series, styled by CSS ({@code .peak-rule}). Rules outside the x
 * axis' range are hidden.
 */
class RuledLineChart extends IncrementalLineChart {

    private final NumberAxis x;
    private final List<Line> rules = new ArrayList<>();
    private double[] positions = new double[0];

    RuledLineChart(NumberAxis x, NumberAxis y) {
        super(x, y);
        this.x = x;
    }

    /** Draws one rule at each of {@code xs} (data units); an empty array removes them. */
    void setRules(double[] xs) {
        if (java.util.Arrays.equals(xs, positions)) {
            return;
        }
        positions = xs.clone();
        getPlotChildren().removeAll(rules);
        rules.clear();
        for (int i = 0; i < xs.length; i++) {
            Line rule = new Line();
            rule.getStyleClass().add("peak-rule");
            rule.setMouseTransparent(true);
            rules.add(rule);
        }
        getPlotChildren().addAll(0, rules); // beneath the series
        requestChartLayout();
    }

    /** The x values of the rules drawn, for tests. */
    double[] rules() {
        return positions.clone();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double height = getYAxis().getHeight();
        for (int i = 0; i < rules.size(); i++) {
            Line rule = rules.get(i);
            double v = positions[i];
            boolean inside = v >= x.getLowerBound() && v <= x.getUpperBound();
            rule.setVisible(inside);
            double px = x.getDisplayPosition(v);
            rule.setStartX(px);
            rule.setEndX(px);
            rule.setStartY(0);
            rule.setEndY(height);
        }
    }
}
