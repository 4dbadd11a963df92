package org.freqbias.core.dist;

import java.util.function.DoubleUnaryOperator;
import org.freqbias.core.numeric.GaussLegendre;

/**
 * The inverse CDF of a density proportional to {@code weight(s)} on [0, extent], tabulated on
 * {@value #TABLE} equal cells (Gauss-Legendre per cell) and inverted by linear interpolation.
 * Serves radial sampling (weight rho(r) r) and stratified sampling of |w| (weight rho(s)).
 */
public final class QuantileTable {

    static final int TABLE = 4096;

    private final double extent;
    private final double[] cdf;

    public QuantileTable(DoubleUnaryOperator weight, double extent) {
        if (!(extent > 0) || !Double.isFinite(extent)) {
            throw new IllegalArgumentException("extent must be finite and > 0, got " + extent);
        }
        this.extent = extent;
        this.cdf = new double[TABLE + 1];
        double h = extent / TABLE;
        for (int i = 1; i <= TABLE; i++) {
            cdf[i] = cdf[i - 1] + GaussLegendre.integrate(weight, (i - 1) * h, i * h, 1);
        }
        double total = cdf[TABLE];
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
        double fraction = span > 0 ? Math.min(1, Math.max(0, (u - cdf[lo]) / span)) : 0;
        return (lo + fraction) * extent / TABLE;
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
