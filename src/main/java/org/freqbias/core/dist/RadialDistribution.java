package org.freqbias.core.dist;

import java.util.random.RandomGenerator;
import org.freqbias.core.numeric.Bessel;
import org.freqbias.core.numeric.GaussLegendre;

/**
 * rho(xi) = rho1(|xi|) / Z on the plane, with Z = 2 pi integral_0^inf rho1(r) r dr: the 1D family's
 * profile made rotation-invariant and renormalized in 2D. A uniform family gives the uniform disk
 * of radius B, a gaussian the isotropic gaussian.
 *
 * <p>Radii are sampled from r rho1(r) through a {@link QuantileTable}, angles uniformly. phi is the Hankel transform (2 pi / Z) integral rho1(r) J0(r |z|) r dr.
 */
public final class RadialDistribution implements FrequencyDistribution2D {

    private static final int PANELS = 400;

    private final FrequencyDistribution profile;
    private final double extent;
    private final double normalization;
    private final QuantileTable radii;

    public RadialDistribution(FrequencyDistribution profile) {
        this.profile = profile;
        this.extent = QuantileTable.extentOf(profile);
        this.normalization = 2 * Math.PI * integrate(r -> profile.density(r) * r);
        this.radii = new QuantileTable(r -> profile.density(r) * r, extent);
    }

    public FrequencyDistribution profile() {
        return profile;
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

    /** Not Math.hypot, which guards against overflow at 1e154 and triples the cost: the 2D PDE assembly calls this 1.6e6 times. */
    @Override
    public double density(double xi1, double xi2) {
        return profile.density(Math.sqrt(xi1 * xi1 + xi2 * xi2)) / normalization;
    }

    @Override
    public void sample(RandomGenerator rng, double[] out) {
        double r = radii.quantile(rng.nextDouble());
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
