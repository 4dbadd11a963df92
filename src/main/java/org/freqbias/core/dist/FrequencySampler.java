package org.freqbias.core.dist;

import java.util.random.RandomGenerator;

/**
 * Draws a network's first-layer frequencies from rho, independently or stratified, as the images
 * of uniform draws under rho's inverse CDF of |w| with a random sign.
 *
 * <p>Stratified: the k-th of n frequencies has |w| = F^-1((k + U_k) / n), with F the CDF of |w|,
 * U_k uniform and a random sign. Each w still has law rho, but the empirical density of the n
 * frequencies follows rho far more closely than n independent draws do (no Poisson gaps where rho
 * is small), so a network of moderate width already behaves like the infinite-width kernel that the
 * PDE describes. Independent: |w| = F^-1(U_k). Independent draws are the setting of the theory's
 * proofs; finite-width effects are then larger.
 *
 * <p>Common random numbers: per frequency, in this order, one uniform U_k (the stratum jitter or
 * the magnitude) and one sign, whatever the law. Two draws with equal generators and counts and
 * different laws rho1, rho2 therefore give w2_k = sign_k F2^-1(F1(|w1_k|)): the same quantiles.
 */
public final class FrequencySampler {

    /** How the frequencies are drawn. */
    public enum Mode { STRATIFIED, IID }

    /** The largest double below 1: (k + U) / n can round up to 1, where an unbounded law's F^-1 is infinite. */
    static final double BELOW_ONE = Math.nextDown(1.0);

    private FrequencySampler() {
    }

    /** {@code count} frequencies from rho, using only {@code rng} for randomness. */
    public static double[] draw(FrequencyDistribution rho, int count, Mode mode, RandomGenerator rng) {
        InverseCdf magnitudes = rho.magnitudeInverseCdf();
        double[] w = new double[count];
        for (int k = 0; k < count; k++) {
            double magnitude = magnitudes.at(uniform(k, count, mode, rng));
            w[k] = rng.nextBoolean() ? magnitude : -magnitude;
        }
        return w;
    }

    /** The k-th of n uniforms in [0, 1): (k + U) / n stratified, U independent; one draw from {@code rng} either way. */
    static double uniform(int k, int count, Mode mode, RandomGenerator rng) {
        double u = mode == Mode.STRATIFIED ? (k + rng.nextDouble()) / count : rng.nextDouble();
        return Math.min(u, BELOW_ONE);
    }
}
