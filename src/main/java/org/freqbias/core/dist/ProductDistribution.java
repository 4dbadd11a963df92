package org.freqbias.core.dist;

/**
 * rho(xi1, xi2) = rho1(xi1) rho1(xi2): both frequency components drawn independently from one 1D
 * family. A uniform family gives the uniform square [-B, B]^2.
 */
public final class ProductDistribution implements FrequencyDistribution2D {

    private final FrequencyDistribution axis;
    private final double[] jumps;

    public ProductDistribution(FrequencyDistribution axis) {
        this.axis = java.util.Objects.requireNonNull(axis, "axis");
        this.jumps = axis.jumps();
    }

    /** The 1D law of each component. */
    public FrequencyDistribution axis() {
        return axis;
    }

    @Override
    public double density(double xi1, double xi2) {
        return axis.density(xi1) * axis.density(xi2);
    }

    /**
     * w_a = G^-1(u_a) on each axis, with G the CDF of the axis law on the whole line. It is
     * symmetric, so G^-1(u) = sign(2u - 1) H^-1(|2u - 1|) with H the CDF of |w|.
     */
    @Override
    public SquareMap squareMap() {
        InverseCdf magnitudes = axis.magnitudeInverseCdf();
        return (u, v, out) -> {
            out[0] = signedQuantile(magnitudes, u);
            out[1] = signedQuantile(magnitudes, v);
        };
    }

    private static double signedQuantile(InverseCdf magnitudes, double u) {
        double t = 2 * u - 1;
        double magnitude = magnitudes.at(Math.abs(t));
        return t < 0 ? -magnitude : magnitude;
    }

    @Override
    public double characteristic(double z1, double z2) {
        return axis.characteristic(z1) * axis.characteristic(z2);
    }

    /** A jump b of the axis law puts lines xi_a = +-b across the plane. */
    @Override
    public boolean jumpsWithin(double lo1, double hi1, double lo2, double hi2) {
        double[] b = jumps;
        return Breakpoints.anyStrictlyBetween(b, lo1, hi1) || Breakpoints.anyStrictlyBetween(b, -hi1, -lo1)
                || Breakpoints.anyStrictlyBetween(b, lo2, hi2) || Breakpoints.anyStrictlyBetween(b, -hi2, -lo2);
    }

    @Override
    public String label() {
        return "product " + axis.label();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProductDistribution p && axis.equals(p.axis);
    }

    @Override
    public int hashCode() {
        return axis.hashCode();
    }
}
