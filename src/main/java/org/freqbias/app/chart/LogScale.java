package org.freqbias.app.chart;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * Log-scale plotting on a linear {@link NumberAxis}: values are drawn as log10(v), ticks sit on
 * whole decades and are labelled as powers of ten. Values at or below a floor are drawn at the
 * floor, and the axis label says so.
 */
public final class LogScale {

    /** Tick labels 10^k for whole k, written with superscript digits; blank between decades. */
    public static final StringConverter<Number> POWERS = new StringConverter<>() {
        @Override
        public String toString(Number value) {
            double v = value.doubleValue();
            long k = Math.round(v);
            return Math.abs(v - k) < 1e-9 ? power(k) : "";
        }

        @Override
        public Number fromString(String s) {
            throw new UnsupportedOperationException();
        }
    };

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private LogScale() {
    }

    /** "10⁻³" for k = -3, "1" for 0, "10" for 1. */
    public static String power(long k) {
        if (k == 0) {
            return "1";
        }
        if (k == 1) {
            return "10";
        }
        StringBuilder b = new StringBuilder("10");
        if (k < 0) {
            b.append('⁻');
        }
        for (char c : Long.toString(Math.abs(k)).toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    /** A floor {@code decades} decades below the largest finite positive value of {@code values}. */
    public static double floorBelow(double decades, double[]... values) {
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 ? Math.pow(10, Math.ceil(Math.log10(max)) - decades) : 1e-12;
    }

    /** log10(max(v, floor)) per element; NaN stays NaN. Returns a new array. */
    public static double[] log10(double[] values, double floor) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            double v = values[i];
            out[i] = Double.isNaN(v) ? Double.NaN : Math.log10(Math.max(v, floor));
        }
        return out;
    }

    /** The curve with y replaced by log10(max(y, floor)) (a new curve). */
    static Curve log10(Curve curve, double floor) {
        return new Curve(curve.x(), log10(curve.y(), floor));
    }

    /** Makes {@code axis} a log axis: whole-decade ticks, power-of-ten labels, no auto-ranging. */
    public static void prepare(NumberAxis axis) {
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(POWERS);
    }

    /** Sets the axis to whole decades covering [lo, hi] (log10 values), at least one decade. */
    public static void fit(NumberAxis axis, double lo, double hi) {
        double lower = Math.floor(Double.isFinite(lo) ? lo : -1);
        double upper = Math.ceil(Double.isFinite(hi) ? hi : 0);
        if (upper <= lower) {
            upper = lower + 1;
        }
        axis.setLowerBound(lower);
        axis.setUpperBound(upper);
        axis.setTickUnit(Math.max(1, Math.ceil((upper - lower) / 8)));
    }

    /** Axis title naming the quantity, the log scale and the floor: "loss (log, floor 1e-8)". */
    public static String label(String quantity, double floor) {
        return quantity + " (log, floor " + compact(floor) + ")";
    }

    /** A short form of {@code v}: 1e-5, 0.002, 30. */
    public static String compact(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.0e", v).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
        String plain = new java.math.BigDecimal(v).round(new java.math.MathContext(1)).stripTrailingZeros().toPlainString();
        return plain.length() <= s.length() ? plain : s;
    }

    /** Largest finite entry over all arrays; -infinity when there is none. */
    public static double max(double[]... arrays) {
        return finite(arrays).max().orElse(Double.NEGATIVE_INFINITY);
    }

    /** Smallest finite entry over all arrays; +infinity when there is none. */
    public static double min(double[]... arrays) {
        return finite(arrays).min().orElse(Double.POSITIVE_INFINITY);
    }

    private static java.util.stream.DoubleStream finite(double[][] arrays) {
        return java.util.Arrays.stream(arrays).flatMapToDouble(java.util.Arrays::stream).filter(Double::isFinite);
    }
}
