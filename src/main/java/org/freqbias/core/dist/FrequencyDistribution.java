package org.freqbias.core.dist;

import java.util.random.RandomGenerator;

/**
 * A symmetric probability density rho on the real line, the law of the first-layer frequencies.
 *
 * <p>One object serves both sides of the project: the network draws its frequencies with
 * {@link #sample}, and the PDE takes its damping and diffusion coefficients from {@link #density}.
 * Implementations are immutable; sampling takes the caller's seeded generator.
 */
public interface FrequencyDistribution {

    /** rho(xi), normalized so that its integral over the real line is 1. */
    double density(double xi);

    /** One draw from rho, using only {@code rng} for randomness. */
    double sample(RandomGenerator rng);

    /**
     * The characteristic function phi(z) = E[cos(w z)], which is real because rho is symmetric.
     * It is the shift-invariant factor of the network's kernel (THEORY.md section 3).
     */
    double characteristic(double z);

    /**
     * Points xi >= 0 where the density jumps or has a kink. Quadrature splits elements there so
     * that a band edge costs no accuracy. Empty for smooth densities.
     */
    default double[] breakpoints() {
        return new double[0];
    }

    /** A short human-readable label such as "gaussian(sigma=4)". */
    String label();
}
