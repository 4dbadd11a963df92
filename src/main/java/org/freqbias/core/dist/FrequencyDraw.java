package org.freqbias.core.dist;

import java.util.random.RandomGenerator;

/**
 * How a network draws its first-layer frequency vectors w_j in R^d (d = 1 or 2) from the law of
 * its session, in the layout the networks and their training kernels take: component k of w_j at
 * {@code [k][j]}, so the result has d rows. Chosen once by the dimension:
 * {@link #of(FrequencyDistribution)} draws with {@link FrequencySampler},
 * {@link #of(FrequencyDistribution2D)} with {@link FrequencySampler2D}.
 */
@FunctionalInterface
public interface FrequencyDraw {

    /**
     * {@code count} frequency vectors, independent or stratified by {@code mode}, using only
     * {@code rng} (so the same generator state gives the same draws): a new d x count array.
     */
    double[][] draw(int count, FrequencySampler.Mode mode, RandomGenerator rng);

    /** Draws from a law on the line: one row. */
    static FrequencyDraw of(FrequencyDistribution rho) {
        return (count, mode, rng) -> new double[][] {FrequencySampler.draw(rho, count, mode, rng)};
    }

    /** Draws from a law on the plane: two rows, the components of the vectors FrequencySampler2D draws. */
    static FrequencyDraw of(FrequencyDistribution2D rho) {
        return (count, mode, rng) -> {
            double[][] vectors = FrequencySampler2D.draw(rho, count, mode, rng);
            double[][] components = new double[2][count];
            for (int j = 0; j < count; j++) {
                components[0][j] = vectors[j][0];
                components[1][j] = vectors[j][1];
            }
            return components;
        };
    }
}
