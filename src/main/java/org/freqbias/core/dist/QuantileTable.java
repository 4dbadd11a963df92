package org.freqbias.core.dist;

import java.util.function.DoubleUnaryOperator;
import org.freqbias.core.numeric.GaussLegendre;

/**
 * The inverse CDF of a density proportional to {@code weight(s)} on [0, extent]: the CDF tabulated
 * at {@value #TABLE} equal cells (5-point Gauss-Legendre per cell, split at the weight's breakpoints
 * so that a jump or kink costs no accuracy), the cell holding u found by
 * bisection, then F(s) = u solved inside the cell by Newton's method on
 * F(s) = cdf(cell start) + integral from the cell start to s of weight (Gauss-Legendre again),
 * kept inside the cell (bisection when a step leaves it). For a weight smooth between breakpoints
 * the result is exact to rounding (|F(s) - u| ~ 1e-15), not just to the table's linear
 * interpolation (~1e-6).
 * Serves radial sampling (weight rho(r) r) and |w| of laws without a closed-form inverse (weight rho(s)).
 */
public final class QuantileTable implements InverseCdf {

    static final int TABLE = 4096;

    /** Newton steps at most; three or four reach rounding for a smooth weight. */
    private static final int MAX_STEPS = 60;

    private final DoubleUnaryOperator weight;
    private final double[] breakpoints;
    private final double cell;
    private final double total;
    private final double[] cdf;

    /**
     * @param weight      the unnormalized density on [0, extent]
     * @param extent      where the tabulated support ends
     * @param breakpoints ascending points where the weight jumps or has a kink (may be empty)
     */
    public QuantileTable(DoubleUnaryOperator weight, double extent, double[] breakpoints) {
        if (!(extent > 0) || !Double.isFinite(extent)) {
            throw new IllegalArgumentException("extent must be finite and > 0, got " + extent);
        }
        this.weight = weight;
        this.breakpoints = breakpoints.clone();
        this.cell = extent / TABLE;
        this.cdf = new double[TABLE + 1];
        for (int i = 1; i <= TABLE; i++) {
            cdf[i] = cdf[i - 1] + integrate((i - 1) * cell, i * cell);
        }
        this.total = cdf[TABLE];
        if (!(total > 0)) {
            throw new IllegalArgumentException("the weight has no mass on [0, " + extent + "]");
        }
        for (int i = 0; i <= TABLE; i++) {
            cdf[i] /= total;
        }
    }

    /** The s in [0, extent] with CDF(s) = u, for u in [0, 1]. */
    public double quantile(double u) {
        int lo = 0;
        int hi = TABLE;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double span = cdf[hi] - cdf[lo];
        if (!(span > 0)) {
            return lo * cell;
        }
        double start = lo * cell;
        double target = (u - cdf[lo]) * total;        // the weight's integral from the cell start
        double left = 0;
        double right = cell;
        double t = Math.min(1, Math.max(0, (u - cdf[lo]) / span)) * cell;
        for (int step = 0; step < MAX_STEPS; step++) {
            double excess = integrate(start, start + t) - target;
            if (excess > 0) {
                right = t;
            } else {
                left = t;
            }
            double slope = weight.applyAsDouble(start + t);
            double next = slope > 0 ? t - excess / slope : Double.NaN;
            if (!(next >= left && next <= right)) {
                next = 0.5 * (left + right);
            }
            if (Math.abs(next - t) <= 1e-15 * (start + cell) || right - left <= 1e-15 * (start + cell)) {
                return start + next;
            }
            t = next;
        }
        return start + t;
    }

    /** Integral of the weight over [a, b] (a &lt;= b), one Gauss-Legendre panel per piece between breakpoints. */
    private double integrate(double a, double b) {
        double sum = 0;
        double lo = a;
        for (int i = firstAbove(a); i < breakpoints.length && breakpoints[i] < b; i++) {
            sum += GaussLegendre.integrate(weight, lo, breakpoints[i], 1);
            lo = breakpoints[i];
        }
        return b > lo ? sum + GaussLegendre.integrate(weight, lo, b, 1) : sum;
    }

    /** The index of the first breakpoint > a. */
    private int firstAbove(double a) {
        int i = java.util.Arrays.binarySearch(breakpoints, a);
        int k = i >= 0 ? i + 1 : -i - 1;
        while (k < breakpoints.length && breakpoints[k] <= a) {
            k++;
        }
        return k;
    }

    /** The table of |w| under rho: weight rho(s) on [0, {@link #extentOf}]. */
    static QuantileTable ofMagnitude(FrequencyDistribution rho) {
        return new QuantileTable(rho::density, extentOf(rho), rho.breakpoints());
    }

    /** The table of the radius of the radial law with profile rho: weight rho(r) r. */
    static QuantileTable ofRadius(FrequencyDistribution rho) {
        return new QuantileTable(r -> rho.density(r) * r, extentOf(rho), rho.breakpoints());
    }

    @Override
    public double at(double u) {
        return quantile(u);
    }

    /**
     * A radius beyond which {@code profile}'s density times r is negligible (1e-15 of its scale),
     * or the end of its support when it has one.
     */
    public static double extentOf(FrequencyDistribution profile) {
        double edge = 1;
        for (double b : profile.breakpoints()) {
            edge = Math.max(edge, b);
        }
        if (profile.density(edge * 1.0001) == 0) {
            return edge;
        }
        double scale = profile.density(0) + profile.density(edge);
        double r = edge;
        while (profile.density(r) * r > 1e-15 * scale * edge && r < 1e7) {
            r *= 1.25;
        }
        return r;
    }
}
