package org.freqbias.core.dist;

/**
 * A symmetric probability density rho on the real line, the law of the first-layer frequencies.
 *
 * <p>One object serves both sides of the project: the PDE takes its damping and diffusion
 * coefficients from {@link #density}, and the network's frequencies are the images of uniform
 * draws under {@link #magnitudeInverseCdf} with a random sign ({@link FrequencySampler}). Sampling
 * has no other path, so two runs with one seed and different laws draw the same quantiles of each.
 * Implementations are immutable.
 */
public interface FrequencyDistribution {

    /** rho(xi), normalized so that its integral over the real line is 1. */
    double density(double xi);

    /**
     * The inverse CDF of |w|: at(u) is the s >= 0 with P(|w| <= s) = 2 integral_0^s rho = u, for
     * u in [0, 1). Closed form where there is one; otherwise a {@link QuantileTable}, built anew by
     * each call: call once per draw of many frequencies.
     */
    InverseCdf magnitudeInverseCdf();

    /**
     * The inverse CDF of the radius of the radial law on the plane with this profile, whose radius
     * has density proportional to rho(r) r on r >= 0 ({@link RadialDistribution}). Default: a
     * {@link QuantileTable} of rho(r) r.
     */
    default InverseCdf radiusInverseCdf() {
        return QuantileTable.ofRadius(this);
    }

    /**
     * The characteristic function phi(z) = E[cos(w z)], which is real because rho is symmetric.
     * It is the shift-invariant factor of the network's kernel (THEORY.md section 3).
     */
    double characteristic(double z);

    /**
     * Points xi >= 0 where the density jumps or has a kink, ascending. Quadrature splits elements
     * there so that a band edge costs no accuracy. Empty for smooth densities.
     */
    default double[] breakpoints() {
        return new double[0];
    }

    /**
     * The breakpoints where rho jumps (not just kinks), ascending. A jump costs a quadrature rule
     * first-order accuracy and a kink only a higher order, so the 2D assembly refines the elements
     * that a jump crosses and leaves kinks to the fixed rule (a drawn profile has thousands).
     * Default: every breakpoint, the safe answer.
     */
    default double[] jumps() {
        return breakpoints();
    }

    /** A short human-readable label such as "gaussian(sigma=4)". */
    String label();
}
