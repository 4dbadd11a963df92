package org.freqbias.core.dist;

import java.util.random.RandomGenerator;

/**
 * Draws a network's first-layer frequencies from rho, independently or stratified.
 *
 * <p>Stratified: the k-th of n frequencies has |w| = F^-1((k + U_k) / n), with F the CDF of |w|,
 * U_k uniform and a random sign. Each w still has law rho, but the empirical density of the n
 * frequencies follows rho far more closely than n independent draws do (no Poisson gaps where rho
 * is small), so a network of moderate width already behaves like the infinite-width kernel that the
 * PDE describes. Independent draws are the setting of the theory's proofs; finite-width effects are
 * then larger.
 */
public final class FrequencySampler {

    /** How the frequencies are drawn. */
    public enum Mode { STRATIFIED, IID }

    private FrequencySampler() {
    }

    /** {@code count} frequencies from rho, using only {@code rng} for randomness. */
    public static double[] draw(FrequencyDistribution rho, int count, Mode mode, RandomGenerator rng) {
        double[] w = new double[count];
        if (mode == Mode.IID) {
            for (int k = 0; k < count; k++) {
                w[k] = rho.sample(rng);
            }
            return w;
        }
        QuantileTable magnitudes = new QuantileTable(rho::density, QuantileTable.extentOf(rho));
        for (int k = 0; k < count; k++) {
            double magnitude = magnitudes.quantile((k + rng.nextDouble()) / count);
            w[k] = rng.nextBoolean() ? magnitude : -magnitude;
        }
        return w;
    }
}
