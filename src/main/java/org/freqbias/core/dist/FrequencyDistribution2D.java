package org.freqbias.core.dist;

/**
 * A density rho on the frequency plane, symmetric under xi -> -xi: the law of the first-layer
 * frequencies of a network on 2D inputs. Built from a 1D family as a {@link RadialDistribution}
 * (the profile in |xi|) or a {@link ProductDistribution} (independent axes).
 */
public interface FrequencyDistribution2D {

    /** rho(xi1, xi2), with integral 1 over the plane. */
    double density(double xi1, double xi2);

    /**
     * The map M of the unit square onto the plane that carries the uniform law to rho, prepared
     * once (quantile tables built) and evaluated many times by {@link FrequencySampler2D}.
     */
    SquareMap squareMap();

    /** phi(z) = E[cos(w . z)], the shift-invariant factor of the 2D kernel. */
    double characteristic(double z1, double z2);

    /**
     * True when rho may jump inside the box [lo1, hi1] x [lo2, hi2] (at the jumps of its 1D family:
     * circles for a radial law, lines for a product). Quadrature refines the finite elements there.
     * Default: never.
     */
    default boolean jumpsWithin(double lo1, double hi1, double lo2, double hi2) {
        return false;
    }

    String label();

    /** M(u, v) for (u, v) in [0, 1)^2, written into {@code out[0..1]}. */
    @FunctionalInterface
    interface SquareMap {
        void map(double u, double v, double[] out);
    }
}
