package org.freqbias.core.dist;

import java.util.function.DoubleUnaryOperator;
import org.freqbias.core.numeric.Bessel;
import org.freqbias.core.numeric.GaussLegendre;

/**
 * rho(xi) = rho1(|xi|) / Z on the plane, with Z = 2 pi integral_0^inf rho1(r) r dr: the 1D family's
 * profile made rotation-invariant and renormalized in 2D. A uniform family gives the uniform disk
 * of radius B, a gaussian the isotropic gaussian.
 *
 * <p>Radii are the images of uniforms under the profile's {@link FrequencyDistribution#radiusInverseCdf}
 * (the law r rho1(r) / (Z / 2 pi)), angles uniform. phi is the Hankel transform
 * (2 pi / Z) integral rho1(r) J0(r |z|) r dr.
 */
public final class RadialDistribution implements FrequencyDistribution2D {

    /** Gauss-Legendre panels over [0, extent], shared among the pieces between breakpoints by length. */
    private static final int PANELS = 400;

    private final FrequencyDistribution profile;
    private final double[] breakpoints;
    private final double[] jumps;
    private final double extent;
    private final double normalization;
    private final InverseCdf radii;

    public RadialDistribution(FrequencyDistribution profile) {
        this.profile = profile;
        this.breakpoints = profile.breakpoints();
        this.jumps = profile.jumps();
        this.extent = QuantileTable.extentOf(profile);
        this.normalization = 2 * Math.PI * integrate(r -> profile.density(r) * r);
        this.radii = profile.radiusInverseCdf();
    }

    public FrequencyDistribution profile() {
        return profile;
    }

    /**
     * Integral of f over [0, extent], split at the profile's breakpoints, each piece with at least
     * one panel and about {@link #PANELS} per extent (a profile with one smooth piece gets all of them).
     */
    private double integrate(DoubleUnaryOperator f) {
        double sum = 0;
        double lower = 0;
        for (double b : breakpoints) {
            if (b > lower && b < extent) {
                sum += piece(f, lower, b);
                lower = b;
            }
        }
        return sum + piece(f, lower, extent);
    }

    private double piece(DoubleUnaryOperator f, double a, double b) {
        int panels = Math.max(1, (int) Math.ceil(PANELS * (b - a) / extent - 1e-9));
        return GaussLegendre.integrate(f, a, b, panels);
    }

    /** Not Math.hypot, which guards against overflow at 1e154 and triples the cost: the 2D PDE assembly calls this 1.6e6 times. */
    @Override
    public double density(double xi1, double xi2) {
        return profile.density(Math.sqrt(xi1 * xi1 + xi2 * xi2)) / normalization;
    }

    /** |w| = R^-1(u) for the radius law R, angle 2 pi v. */
    @Override
    public SquareMap squareMap() {
        return (u, v, out) -> {
            double r = radii.at(u);
            double angle = 2 * Math.PI * v;
            out[0] = r * Math.cos(angle);
            out[1] = r * Math.sin(angle);
        };
    }

    @Override
    public double characteristic(double z1, double z2) {
        double z = Math.hypot(z1, z2);
        return 2 * Math.PI / normalization * integrate(r -> profile.density(r) * Bessel.j0(r * z) * r);
    }

    /** A jump b of the profile is the circle |xi| = b: does it cross the box? */
    @Override
    public boolean jumpsWithin(double lo1, double hi1, double lo2, double hi2) {
        double near1 = lo1 > 0 ? lo1 : hi1 < 0 ? -hi1 : 0;
        double near2 = lo2 > 0 ? lo2 : hi2 < 0 ? -hi2 : 0;
        double far1 = Math.max(Math.abs(lo1), Math.abs(hi1));
        double far2 = Math.max(Math.abs(lo2), Math.abs(hi2));
        return Breakpoints.anyStrictlyBetween(jumps, Math.hypot(near1, near2), Math.hypot(far1, far2));
    }

    @Override
    public String label() {
        return "radial " + profile.label();
    }
}
