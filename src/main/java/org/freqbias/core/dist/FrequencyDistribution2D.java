package org.freqbias.core.dist;

import java.util.random.RandomGenerator;

/**
 * A density rho on the frequency plane, symmetric under xi -> -xi: the law of the first-layer
 * frequencies of a network on 2D inputs. Built from a 1D family as a {@link RadialDistribution}
 * (the profile in |xi|) or a {@link ProductDistribution} (independent axes).
 */
public interface FrequencyDistribution2D {

    /** rho(xi1, xi2), with integral 1 over the plane. */
    double density(double xi1, double xi2);

    /** Writes one draw (w1, w2) into {@code out[0..1]}, using only {@code rng}. */
    void sample(RandomGenerator rng, double[] out);

    /** phi(z) = E[cos(w . z)], the shift-invariant factor of the 2D kernel. */
    double characteristic(double z1, double z2);

    String label();
}
