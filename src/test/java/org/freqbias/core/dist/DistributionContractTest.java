package org.freqbias.core.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.freqbias.core.numeric.GaussLegendre;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every frequency distribution keeps, checked against numerical integration of its density. */
class DistributionContractTest {

    static Stream<FrequencyDistribution> distributions() {
        return Stream.of(
                new Gaussian(4), new Gaussian(0.7), new Uniform(15), new Laplace(3),
                new Ramp(15, 2), new Ramp(8, 0.5), new Ramp(10, 0),
                new Mixture(0.3, new Gaussian(2), new Uniform(12)),
                new Mixture(0.5, new Laplace(1), new Ramp(9, 3)),
                PiecewiseLinearDensity.of(new double[][] {{0, 1}, {3, 2}, {7, 0.5}, {12, 0}}, true),
                // zero on (-2, 2), jumps at +-2 and +-9
                PiecewiseLinearDensity.of(new double[][] {{2, 1}, {5, 3}, {9, 3}}, true),
                PiecewiseLinearDensity.of(new double[][] {{-6, 0}, {-1, 2}, {1, 2}, {6, 0}}, false),
                new Mixture(0.5, new Gaussian(3), PiecewiseLinearDensity.of(new double[][] {{-4, 1}, {0, 3}, {4, 1}}, false)));
    }

    /** n independent draws of rho from a seeded generator. */
    static double[] independentDraws(FrequencyDistribution d, int n, long seed) {
        return FrequencySampler.draw(d, n, FrequencySampler.Mode.IID, new SplittableRandom(seed));
    }

    /** Integral of f over [0, upper], split at the distribution's breakpoints. */
    static double integrate(FrequencyDistribution d, java.util.function.DoubleUnaryOperator f, double upper) {
        double[] cuts = DoubleStream.concat(DoubleStream.of(0, upper),
                Arrays.stream(d.breakpoints()).filter(b -> b > 0 && b < upper)).sorted().distinct().toArray();
        double sum = 0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            sum += GaussLegendre.integrate(f, cuts[i], cuts[i + 1], 400);
        }
        return sum;
    }

    static double support(FrequencyDistribution d) {
        return 200;
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void densityIsSymmetricAndIntegratesToOne(FrequencyDistribution d) {
        for (double xi : new double[] {0.1, 1, 3.3, 7, 14.9, 20}) {
            assertEquals(d.density(xi), d.density(-xi), 0, d.label());
            assertTrue(d.density(xi) >= 0);
        }
        // 1e-6: the test's plain quadrature converges slowly where |xi|^p has p < 1.
        assertEquals(1.0, 2 * integrate(d, d::density, support(d)), 1e-6, d.label());
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void characteristicFunctionIsTheCosineTransformOfTheDensity(FrequencyDistribution d) {
        for (double z : new double[] {0, 0.05, 0.3, 1, 2.5}) {
            double expected = 2 * integrate(d, s -> d.density(s) * Math.cos(z * s), support(d));
            assertEquals(expected, d.characteristic(z), 1e-6, d.label() + " at z=" + z);
        }
    }

    /** Kolmogorov-Smirnov distance between 40 000 seeded draws of |w| and the integrated density. */
    @ParameterizedTest
    @MethodSource("distributions")
    void samplesFollowTheDensity(FrequencyDistribution d) {
        int n = 40_000;
        double[] draws = independentDraws(d, n, 42);
        int positive = 0;
        for (int i = 0; i < n; i++) {
            positive += draws[i] > 0 ? 1 : 0;
            draws[i] = Math.abs(draws[i]);
        }
        Arrays.sort(draws);
        double worst = 0;
        for (int q = 1; q < 20; q++) {
            double s = draws[q * n / 20];
            double cdf = 2 * integrate(d, d::density, s);
            worst = Math.max(worst, Math.abs(cdf - q / 20.0));
        }
        // 1.95 / sqrt(n) is the KS 0.1 % critical value; a wrong scale or shape gives > 0.05.
        assertTrue(worst < 1.95 / Math.sqrt(n), d.label() + ": KS distance " + worst);
        assertEquals(0.5, positive / (double) n, 0.02, d.label() + ": signs must be symmetric");
    }

    /** Stratified draws have the law rho, and no stratum of probability 1/n is left empty. */
    @ParameterizedTest
    @MethodSource("distributions")
    void stratifiedDrawsFillEveryStratum(FrequencyDistribution d) {
        int n = 2000;
        double[] w = FrequencySampler.draw(d, n, FrequencySampler.Mode.STRATIFIED, new SplittableRandom(5));
        double[] magnitudes = Arrays.stream(w).map(Math::abs).sorted().toArray();
        double worst = 0;
        for (int k = 0; k < n; k += 50) {
            double cdf = 2 * integrate(d, d::density, magnitudes[k]);
            worst = Math.max(worst, Math.abs(cdf - (k + 0.5) / n));
        }
        // Each sorted draw sits inside its own stratum [k/n, (k+1)/n); the test's quadrature of the
        // CDF is good to 1e-6 where |xi|^p has p < 1, and every inverse CDF is exact to rounding.
        assertTrue(worst < 0.5 / n + 2e-6, d.label() + ": " + worst);
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void samplingIsDeterministicForASeed(FrequencyDistribution d) {
        assertArrayEquals(independentDraws(d, 100, 7), independentDraws(d, 100, 7), 0);
    }
}
