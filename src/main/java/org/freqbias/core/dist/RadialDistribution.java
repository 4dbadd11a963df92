package org.freqbias.core.dist;

import java.util.random.RandomGenerator;
import org.freqbias.core.numeric.Bessel;
import org.freqbias.core.numeric.GaussLegendre;

/**
 * rho(xi) = rho1(|xi|) / Z on the plane, with Z = 2 pi integral_0^inf rho1(r) r dr: the 1D family's
 * profile made rotation-invariant and renormalized in 2D. A uniform family gives the uniform disk
 * of radius B, a gaussian the isotropic gaussian.
 *
 * <p>Radii are sampled from r rho1(r) by inverting a tabulated CDF (linear between table points),
 * angles uniformly. phi is the Hankel transform (2 pi / Z) integral rho1(r) J0(r |z|) r dr.
 */
public final class RadialDistribution implements FrequencyDistribution2D {

    private static final int TABLE = 4096;
    private static final int PANELS = 400;

    private final FrequencyDistribution profile;
    private final double extent;
    private final double normalization;
    private final double[] radiusCdf;

    public RadialDistribution(FrequencyDistribution profile) {
        this.profile = profile;
        this.extent = extent(profile);
        this.normalization = 2 * Math.PI * integrate(r -> profile.density(r) * r);
        this.radiusCdf = new double[TABLE + 1];
        double h = extent / TABLE;
        for (int i = 1; i <= TABLE; i++) {
            double a = (i - 1) * h;
            radiusCdf[i] = radiusCdf[i - 1] + GaussLegendre.integrate(r -> profile.density(r) * r, a, a + h, 1);
        }
        for (int i = 0; i <= TABLE; i++) {
            radiusCdf[i] /= radiusCdf[TABLE];
        }
    }

    public FrequencyDistribution profile() {
        return profile;
    }

    /** A radius beyond which r rho1(r) is negligible (1e-15 of its scale), or the support's end. */
    static double extent(FrequencyDistribution profile) {
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

    private double integrate(java.util.function.DoubleUnaryOperator f) {
        double sum = 0;
        double lower = 0;
        for (double b : profile.breakpoints()) {
            if (b > lower && b < extent) {
                sum += GaussLegendre.integrate(f, lower, b, PANELS);
                lower = b;
            }
        }
        return sum + GaussLegendre.integrate(f, lower, extent, PANELS);
    }

    @Override
    public double density(double xi1, double xi2) {
        return profile.density(Math.hypot(xi1, xi2)) / normalization;
    }

    @Override
    public void sample(RandomGenerator rng, double[] out) {
        double u = rng.nextDouble();
        int lo = 0;
        int hi = TABLE;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (radiusCdf[mid] <= u) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double span = radiusCdf[hi] - radiusCdf[lo];
        double fraction = span > 0 ? (u - radiusCdf[lo]) / span : 0;
        double r = (lo + fraction) * extent / TABLE;
        double angle = 2 * Math.PI * rng.nextDouble();
        out[0] = r * Math.cos(angle);
        out[1] = r * Math.sin(angle);
    }

    @Override
    public double characteristic(double z1, double z2) {
        double z = Math.hypot(z1, z2);
        return 2 * Math.PI / normalization * integrate(r -> profile.density(r) * Bessel.j0(r * z) * r);
    }

    @Override
    public String label() {
        return "radial " + profile.label();
    }
}
