package org.freqbias.app.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;

/**
 * A linear axis for heat maps whose ticks sit on whole multiples of the tick unit (-8, -4, 0, 4, 8
 * over [-8.4, 8.4]), bounds unlabelled unless they are multiples: NumberAxis labels its bounds and
 * counts ticks from the lower one, which gives -11.98, -6, -1, 4 on an image's pixel edges.
 */
final class MultiplesAxis extends ValueAxis<Number> {

    /**
     * No ticks until a range is given: over ValueAxis's default [0, 100] a unit of 1 made 100 tick
     * labels on every heat map not yet drawn (12 000 Text nodes in the window, each visited by
     * every pulse's bounds pass).
     */
    private double tickUnit = Double.NaN;

    MultiplesAxis() {
        setAutoRanging(false);
        setAnimated(false);
        setMinorTickVisible(false);
    }

    /** Shows [lower, upper] with ticks on multiples of a 1-2-5 step giving about {@code ticks} ticks. */
    void setRange(double lower, double upper, int ticks) {
        tickUnit = Ticks.niceStep(upper - lower, ticks);
        setLowerBound(lower);
        setUpperBound(upper);
        requestAxisLayout();
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        setLowerBound(r[0]);
        setUpperBound(r[1]);
        currentLowerBound.set(r[0]);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        List<Number> out = new ArrayList<>();
        if (!(tickUnit > 0) || !(r[1] > r[0])) {
            return out;
        }
        long first = (long) Math.ceil(r[0] / tickUnit - 1e-9);
        long last = (long) Math.floor(r[1] / tickUnit + 1e-9);
        for (long k = first; k <= last && out.size() < 100; k++) {
            out.add(k * tickUnit);
        }
        return out;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        // Rounded to the unit's precision: 0.30000000000000004 shows as 0.3, -0 as 0.
        double v = Math.rint(value.doubleValue() / tickUnit) * tickUnit;
        BigDecimal d = new BigDecimal(v == 0 ? 0 : v).round(new java.math.MathContext(12)).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }
}
