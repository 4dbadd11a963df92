package org.freqbias.core.design;

import java.util.Arrays;
import java.util.Locale;
import java.util.TreeMap;
import org.freqbias.core.numeric.GaussLegendre;
import org.freqbias.core.target.CsvSamples;

/**
 * The learning times one wants, as a shape: s(xi) > 0 on the band 0 &lt;= |xi| &lt;= B (the radius
 * |xi| in 2D), given by points (xi_k, s_k) with s linear between them and constant s_0 below the
 * first point. Only the shape is free: rho has unit mass, so the times achieved are tau* = c s(xi)
 * with a time scale c that follows ({@link #dampingScale}). Immutable.
 *
 * <p>The presets: {@link #together} (every frequency up to B at once), {@link #reversed} (tau*
 * growing as xi falls, {@link #LATER} times later at 0 than at B) and {@link #band} ([xi1, xi2]
 * first, the rest {@link #LATER} times later).
 */
public final class WantedTimes {

    /** How many times later than the first frequencies the presets learn the others. */
    public static final double LATER = 4;

    /** At most this many points. */
    public static final int MAX_POINTS = 4096;

    /** Points a preset spreads evenly over its band, so that a curve dragged in the app has handles. */
    static final int PRESET_POINTS = 9;

    /** A step of the band preset rises over this fraction of the band. */
    static final double STEP_WIDTH = 0.01;

    private final double[] xi;
    private final double[] shape;

    /**
     * @param xi    0 &lt;= xi_0 &lt; xi_1 &lt; ..., the last > 0: the band's edge B
     * @param shape s at each point, finite and > 0
     * @throws IllegalArgumentException naming the first bad point and what to fix
     */
    public WantedTimes(double[] xi, double[] shape) {
        if (xi.length != shape.length) {
            throw new IllegalArgumentException("as many learning times as frequencies are needed, got " + shape.length
                    + " and " + xi.length);
        }
        if (xi.length < 2 || xi.length > MAX_POINTS) {
            throw new IllegalArgumentException("the wanted learning times need between 2 and " + MAX_POINTS
                    + " points [xi, time], got " + xi.length);
        }
        for (int k = 0; k < xi.length; k++) {
            String point = "point " + (k + 1) + " [" + xi[k] + ", " + shape[k] + "]: ";
            if (!Double.isFinite(xi[k]) || xi[k] < 0) {
                throw new IllegalArgumentException(point + "the frequency must be a finite number >= 0 (|xi|: rho is symmetric)");
            }
            if (!Double.isFinite(shape[k]) || !(shape[k] > 0)) {
                throw new IllegalArgumentException(point + "the learning time must be a finite number > 0");
            }
            if (k > 0 && !(xi[k] > xi[k - 1])) {
                throw new IllegalArgumentException(point + "the frequency must be greater than the previous one, " + xi[k - 1]
                        + " (list the points by increasing xi, each once)");
            }
        }
        this.xi = xi.clone();
        this.shape = shape.clone();
    }

    /** Every frequency with 0 &lt; |xi| &lt;= {@code top} learned at the same time. */
    public static WantedTimes together(double top) {
        return preset(top, x -> 1);
    }

    /** The bias reversed: s falls linearly from {@link #LATER} at xi = 0 to 1 at {@code top}. */
    public static WantedTimes reversed(double top) {
        return preset(top, x -> LATER + (1 - LATER) * x / top);
    }

    /**
     * [{@code from}, {@code to}] learned first, the rest of the band up to {@code top} (at least
     * {@code to}) {@link #LATER} times later; each step rises over {@link #STEP_WIDTH} of the band.
     */
    public static WantedTimes band(double from, double to, double top) {
        if (!(from >= 0) || !(to > from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("the band XI1-XI2 needs 0 <= XI1 < XI2, got " + from + "-" + to);
        }
        double edge = Math.max(top, to);
        double width = STEP_WIDTH * edge;
        TreeMap<Double, Double> points = new TreeMap<>();
        for (int k = 0; k < PRESET_POINTS; k++) {
            double x = edge * k / (PRESET_POINTS - 1);
            if (Math.abs(x - from) > width && Math.abs(x - to) > width) {
                points.put(x, x >= from && x <= to ? 1 : LATER);
            }
        }
        points.put(from, 1.0);
        points.put(to, 1.0);
        if (from - width > 0) {
            points.put(from - width, LATER);
        }
        if (to + width < edge) {
            points.put(to + width, LATER);
        }
        return new WantedTimes(points.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                points.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static WantedTimes preset(double top, java.util.function.DoubleUnaryOperator s) {
        if (!(top > 0) || !Double.isFinite(top)) {
            throw new IllegalArgumentException("XI_MAX must be a finite frequency > 0, got " + top);
        }
        double[] x = new double[PRESET_POINTS];
        double[] y = new double[PRESET_POINTS];
        for (int k = 0; k < PRESET_POINTS; k++) {
            x[k] = top * k / (PRESET_POINTS - 1);
            y[k] = s.applyAsDouble(x[k]);
        }
        return new WantedTimes(x, y);
    }

    /**
     * Points from CSV text: rows {@code xi,time} (a header line allowed), xi ascending.
     *
     * @throws IllegalArgumentException naming the line and column of the first bad entry
     */
    public static WantedTimes parseCsv(String text) {
        double[][] rows = CsvSamples.rows(text, "xi", "time", MAX_POINTS);
        double[] x = new double[rows.length];
        double[] y = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            x[k] = rows[k][0];
            y[k] = rows[k][1];
        }
        return new WantedTimes(x, y);
    }

    /** B: the band's edge, the last point's frequency. */
    public double band() {
        return xi[xi.length - 1];
    }

    /** The points' frequencies (a copy). */
    public double[] frequencies() {
        return xi.clone();
    }

    /** The shape at the points (a copy). */
    public double[] shape() {
        return shape.clone();
    }

    public int size() {
        return xi.length;
    }

    /** s(|xi|), linear between points, s_0 below the first; NaN beyond the band (nothing is wanted there). */
    public double at(double frequency) {
        double a = Math.abs(frequency);
        if (a > band()) {
            return Double.NaN;
        }
        if (a <= xi[0]) {
            return shape[0];
        }
        int i = Arrays.binarySearch(xi, a);
        if (i >= 0) {
            return shape[i];
        }
        int k = -i - 2;
        double t = (a - xi[k]) / (xi[k + 1] - xi[k]);
        return shape[k] + t * (shape[k + 1] - shape[k]);
    }

    /** The same curve with point {@code k}'s shape replaced (a dragged point). */
    public WantedTimes withShape(int k, double value) {
        double[] y = shape.clone();
        y[k] = value;
        return new WantedTimes(xi, y);
    }

    /**
     * The time scale of the damping limit, tau* = c s: rho = 1 / ((2 pi)^d c s) on the band has unit
     * mass when c = (2 pi)^-d integral over |xi| &lt;= B of 1 / s, that is (1 / pi) integral_0^B ds / s
     * in 1D and (1 / 2 pi) integral_0^B r dr / s(r) in 2D (5-point Gauss-Legendre per segment, 4 panels:
     * 1 / s of a linear s is smooth).
     *
     * @param dimension d, 1 or 2
     */
    public double dampingScale(int dimension) {
        double integral = xi[0] * (dimension == 1 ? 1 / shape[0] : 0.5 * xi[0] / shape[0]);
        for (int k = 0; k + 1 < xi.length; k++) {
            integral += GaussLegendre.integrate(x -> (dimension == 1 ? 1 : x) / at(x), xi[k], xi[k + 1], 4);
        }
        return dimension == 1 ? integral / Math.PI : integral / (2 * Math.PI);
    }

    /**
     * The time scale c that best matches learning times {@code tau} at frequencies {@code xi} to this
     * shape: the geometric mean of tau / s(|xi|) over the pairs with a finite tau > 0 inside the
     * band (the least-squares fit of log tau = log c + log s); NaN when there is none.
     */
    public double fittedScale(double[] frequencies, double[] tau) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < frequencies.length; i++) {
            double s = at(frequencies[i]);
            if (Double.isFinite(s) && Double.isFinite(tau[i]) && tau[i] > 0) {
                sum += Math.log(tau[i] / s);
                n++;
            }
        }
        return n > 0 ? Math.exp(sum / n) : Double.NaN;
    }

    /** "9 points on |xi| <= 12". */
    public String describe() {
        return String.format(Locale.ROOT, "%d points on |xi| <= %.4g", xi.length, band());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WantedTimes w && Arrays.equals(xi, w.xi) && Arrays.equals(shape, w.shape);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xi) + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "wanted learning times, " + describe();
    }
}
