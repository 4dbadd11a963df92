package org.freqbias.core.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Stratified 2D draws keep the law rho: their empirical moments match rho's closed forms. */
class FrequencySampler2DTest {

    private static double[] moments(FrequencyDistribution2D rho, FrequencySampler.Mode mode) {
        double[][] w = FrequencySampler2D.draw(rho, 4096, mode, new SplittableRandom(3));
        double[] m = new double[4];
        for (double[] v : w) {
            m[0] += v[0] / w.length;
            m[1] += v[1] / w.length;
            m[2] += v[0] * v[0] / w.length;
            m[3] += v[1] * v[1] / w.length;
        }
        return m;
    }

    @Test
    void stratifiedRadialGaussianHasTheGaussianMoments() {
        // Isotropic gaussian, sigma = 2: mean 0, E w1^2 = E w2^2 = 4.
        double[] m = moments(new RadialDistribution(new Gaussian(2)), FrequencySampler.Mode.STRATIFIED);
        assertEquals(0, m[0], 0.02);
        assertEquals(0, m[1], 0.02);
        assertEquals(4, m[2], 0.02);
        assertEquals(4, m[3], 0.02);
    }

    @Test
    void stratifiedProductUniformHasTheUniformMoments() {
        // Uniform on [-3, 3]^2: mean 0, E w_k^2 = 3.
        double[] m = moments(new ProductDistribution(new Uniform(3)), FrequencySampler.Mode.STRATIFIED);
        assertEquals(0, m[0], 0.01);
        assertEquals(0, m[1], 0.01);
        assertEquals(3, m[2], 0.01);
        assertEquals(3, m[3], 0.01);
    }

    /** Independent mode maps (U_k, V_k), two consecutive uniforms per frequency, through the law's square map. */
    @Test
    void independentModeMapsConsecutiveUniformPairs() {
        FrequencyDistribution2D rho = new ProductDistribution(new Gaussian(1));
        double[][] w = FrequencySampler2D.draw(rho, 3, FrequencySampler.Mode.IID, new SplittableRandom(8));
        SplittableRandom rng = new SplittableRandom(8);
        double[] expected = new double[2];
        for (double[] v : w) {
            rho.squareMap().map(rng.nextDouble(), rng.nextDouble(), expected);
            assertEquals(expected[0], v[0], 0.0);
            assertEquals(expected[1], v[1], 0.0);
        }
    }
}
