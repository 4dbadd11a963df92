package org.freqbias.core.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.freqbias.core.numeric.GaussLegendre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The drawn density: exact sampling (Kolmogorov-Smirnov against the CDF integrated from the raw
 * points, in 1D, as the radius and angle of the radial law, and on one axis of the product law),
 * exact inverse CDFs, the closed-form characteristic function, and validation.
 */
class PiecewiseLinearDensityTest {

    /** Zero on (-1, 1), jumps at +-1 and +-11, rising, falling and flat segments. */
    private static final double[][] POINTS = {{1, 0.5}, {3, 2}, {6, 0.2}, {8, 1}, {11, 1}};
    private static final PiecewiseLinearDensity RHO = PiecewiseLinearDensity.of(POINTS, true);
    private static final HalfLineShape TRUTH = HalfLineShape.of(POINTS);

    /** Large enough that a law 1 % wider is rejected: critical D at ALPHA is 1.95 / sqrt(N) = 0.0044. */
    private static final int N = 200_000;

    private static double[] magnitudes(double[] w) {
        return Arrays.stream(w).map(Math::abs).toArray();
    }

    @Test
    void independentDrawsPassKolmogorovSmirnovAndALawOnePerCentWiderFails() {
        double[] w = FrequencySampler.draw(RHO, N, FrequencySampler.Mode.IID, new SplittableRandom(11));
        double[] s = magnitudes(w);
        double d = KolmogorovSmirnov.statistic(s, TRUTH::magnitudeCdf);
        double wrong = KolmogorovSmirnov.statistic(s, x -> TRUTH.magnitudeCdf(x / 1.01));
        System.out.printf("1D |w|: D = %.5f (p = %.3f); against a law 1 %% wider D = %.5f (p = %.1e)%n",
                d, KolmogorovSmirnov.pValue(d, N), wrong, KolmogorovSmirnov.pValue(wrong, N));
        assertTrue(KolmogorovSmirnov.pValue(d, N) > KolmogorovSmirnov.ALPHA, "true law rejected: D = " + d);
        assertTrue(KolmogorovSmirnov.pValue(wrong, N) < KolmogorovSmirnov.ALPHA, "a 1 % wider law not rejected: D = " + wrong);
        long positive = Arrays.stream(w).filter(x -> x > 0).count();
        // Signs: binomial(N, 1/2) has standard deviation 0.0011 of N; 5 sigma.
        assertEquals(0.5, positive / (double) N, 0.0056);
    }

    @Test
    void radialRadiusAndAnglePassKolmogorovSmirnovAndAPerturbedProfileFails() {
        double[][] w = FrequencySampler2D.draw(new RadialDistribution(RHO), N, FrequencySampler.Mode.IID, new SplittableRandom(12));
        double[] radius = Arrays.stream(w).mapToDouble(v -> Math.hypot(v[0], v[1])).toArray();
        double[] turn = Arrays.stream(w).mapToDouble(v -> (Math.atan2(v[1], v[0]) / (2 * Math.PI) + 1) % 1).toArray();
        double d = KolmogorovSmirnov.statistic(radius, TRUTH::radiusCdf);
        double dAngle = KolmogorovSmirnov.statistic(turn, t -> t);
        double wrong = KolmogorovSmirnov.statistic(radius, r -> TRUTH.radiusCdf(r / 1.01));
        System.out.printf("radial radius: D = %.5f (p = %.3f), angle D = %.5f (p = %.3f); 1 %% wider D = %.5f (p = %.1e)%n",
                d, KolmogorovSmirnov.pValue(d, N), dAngle, KolmogorovSmirnov.pValue(dAngle, N),
                wrong, KolmogorovSmirnov.pValue(wrong, N));
        assertTrue(KolmogorovSmirnov.pValue(d, N) > KolmogorovSmirnov.ALPHA, "radius law rejected: D = " + d);
        assertTrue(KolmogorovSmirnov.pValue(dAngle, N) > KolmogorovSmirnov.ALPHA, "angles not uniform: D = " + dAngle);
        assertTrue(KolmogorovSmirnov.pValue(wrong, N) < KolmogorovSmirnov.ALPHA, "a 1 % wider radius law not rejected: D = " + wrong);
    }

    @Test
    void productAxisPassesKolmogorovSmirnov() {
        double[][] w = FrequencySampler2D.draw(new ProductDistribution(RHO), N, FrequencySampler.Mode.IID, new SplittableRandom(13));
        for (int axis = 0; axis < 2; axis++) {
            int a = axis;
            double[] component = Arrays.stream(w).mapToDouble(v -> v[a]).toArray();
            double d = KolmogorovSmirnov.statistic(component, TRUTH::axisCdf);
            System.out.printf("product axis %d: D = %.5f (p = %.3f)%n", axis + 1, d, KolmogorovSmirnov.pValue(d, N));
            assertTrue(KolmogorovSmirnov.pValue(d, N) > KolmogorovSmirnov.ALPHA, "axis " + (axis + 1) + ": D = " + d);
        }
    }

    /** Stratified radii: the k-th smallest sits in its stratum [k/n, (k+1)/n) of the exact radius CDF. */
    @Test
    void stratifiedRadiiFillEveryStratum() {
        int n = 4096;
        double[][] w = FrequencySampler2D.draw(new RadialDistribution(RHO), n, FrequencySampler.Mode.STRATIFIED, new SplittableRandom(4));
        double[] radius = Arrays.stream(w).mapToDouble(v -> Math.hypot(v[0], v[1])).sorted().toArray();
        double worst = 0;
        for (int k = 0; k < n; k++) {
            worst = Math.max(worst, Math.abs(TRUTH.radiusCdf(radius[k]) - (k + 0.5) / n));
        }
        assertTrue(worst <= 0.5 / n + 1e-12, "worst offset from the stratum centre " + worst);
    }

    /** F(F^-1(u)) = u: measured 3e-16 (|w|) and 2e-15 (radius) at most. */
    @Test
    void inverseCdfsAreExact() {
        InverseCdf magnitude = RHO.magnitudeInverseCdf();
        InverseCdf radius = RHO.radiusInverseCdf();
        double worstMagnitude = 0;
        double worstRadius = 0;
        for (int i = 0; i <= 10_000; i++) {
            double u = Math.min(i / 10_000.0, FrequencySampler.BELOW_ONE);
            worstMagnitude = Math.max(worstMagnitude, Math.abs(TRUTH.magnitudeCdf(magnitude.at(u)) - u));
            worstRadius = Math.max(worstRadius, Math.abs(TRUTH.radiusCdf(radius.at(u)) - u));
        }
        System.out.printf("inverse CDF errors: |w| %.1e, radius %.1e%n", worstMagnitude, worstRadius);
        assertTrue(worstMagnitude < 1e-14, "magnitude " + worstMagnitude);
        assertTrue(worstRadius < 1e-14, "radius " + worstRadius);
        assertEquals(1, magnitude.at(0), 0, "no mass on (-1, 1)");
        assertEquals(11, magnitude.at(FrequencySampler.BELOW_ONE), 1e-12);
    }

    /** A flat start at 0, a segment falling to zero and a segment without mass in the middle. */
    @Test
    void inverseCdfHandlesFlatAndEmptySegments() {
        double[][] points = {{0, 1}, {2, 1}, {3, 0}, {5, 0}, {6, 2}};
        PiecewiseLinearDensity rho = PiecewiseLinearDensity.of(points, true);
        HalfLineShape truth = HalfLineShape.of(points);
        InverseCdf magnitude = rho.magnitudeInverseCdf();
        InverseCdf radius = rho.radiusInverseCdf();
        for (int i = 0; i < 1000; i++) {
            double u = (i + 0.5) / 1000;
            double s = magnitude.at(u);
            assertFalse(s > 3 && s < 5, "no draw where rho = 0: " + s);
            assertEquals(u, truth.magnitudeCdf(s), 1e-14);
            assertEquals(u, truth.radiusCdf(radius.at(u)), 1e-14);
        }
    }

    /** The closed form against Gauss-Legendre on each segment (measured error 2e-16), both sides of the series switch. */
    @Test
    void characteristicIsTheCosineTransform() {
        for (double z : new double[] {0, 1e-6, 0.0666, 0.0667, 0.0999, 0.1001, 0.5, 3, 40}) {
            double sum = 0;
            for (int k = 0; k + 1 < POINTS.length; k++) {
                sum += GaussLegendre.integrate(s -> RHO.density(s) * Math.cos(z * s), POINTS[k][0], POINTS[k + 1][0], 200);
            }
            assertEquals(2 * sum, RHO.characteristic(z), 1e-13, "z = " + z);
        }
        assertEquals(1, RHO.characteristic(0), 1e-15);
    }

    @Test
    void aWholeSymmetricSetIsTheMirroredHalf() {
        PiecewiseLinearDensity half = PiecewiseLinearDensity.of(new double[][] {{0, 3}, {2, 1}, {5, 0}}, true);
        PiecewiseLinearDensity odd = PiecewiseLinearDensity.of(new double[][] {{-5, 0}, {-2, 1}, {0, 3}, {2, 1}, {5, 0}}, false);
        PiecewiseLinearDensity flatHalf = PiecewiseLinearDensity.of(new double[][] {{0, 2}, {1, 2}, {4, 0}}, true);
        PiecewiseLinearDensity even = PiecewiseLinearDensity.of(new double[][] {{-4, 0}, {-1, 2}, {1, 2}, {4, 0}}, false);
        for (double xi = -6; xi <= 6; xi += 0.25) {
            assertEquals(half.density(xi), odd.density(xi), 1e-15, "xi = " + xi);
            assertEquals(flatHalf.density(xi), even.density(xi), 1e-15, "xi = " + xi);
        }
        for (double u = 0; u < 1; u += 0.01) {
            assertEquals(half.magnitudeInverseCdf().at(u), odd.magnitudeInverseCdf().at(u), 1e-14);
            assertEquals(flatHalf.magnitudeInverseCdf().at(u), even.magnitudeInverseCdf().at(u), 1e-14);
        }
        assertTrue(PiecewiseLinearDensity.mirroredByDefault(new double[] {0, 1, 2}));
        assertFalse(PiecewiseLinearDensity.mirroredByDefault(new double[] {-1, 1}));
    }

    /** Jumps (where 2D elements are refined) are the ends with a density above 0; the other points are kinks. */
    @Test
    void jumpsAreTheEndsWhereTheDensityIsNotZero() {
        assertArrayEquals(new double[] {1, 11}, RHO.jumps(), 0);
        assertArrayEquals(new double[] {1, 3, 6, 8, 11}, RHO.breakpoints(), 0);
        assertArrayEquals(new double[0], PiecewiseLinearDensity.of(new double[][] {{0, 2}, {3, 1}, {5, 0}}, true).jumps(), 0);
        assertArrayEquals(new double[] {2}, PiecewiseLinearDensity.of(new double[][] {{2, 1}, {5, 0}}, true).jumps(), 0);
        assertArrayEquals(new double[] {4}, new Mixture(0.5, new Laplace(1),
                PiecewiseLinearDensity.of(new double[][] {{0, 2}, {4, 1}}, true)).jumps(), 0);
        assertArrayEquals(new double[] {9}, new Ramp(9, 2).jumps(), 0);
    }

    @Test
    void theShapeIsNormalizedToUnitMass() {
        PiecewiseLinearDensity small = PiecewiseLinearDensity.of(new double[][] {{0, 1}, {4, 1}}, true);
        PiecewiseLinearDensity large = PiecewiseLinearDensity.of(new double[][] {{0, 250}, {4, 250}}, true);
        assertEquals(1 / 8.0, small.density(1), 1e-15, "uniform on [-4, 4]");
        assertEquals(small.density(3), large.density(3), 1e-15);
        assertEquals(0, small.density(4.0001), 0);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "0|true|at least two points",
        "0 1 -1|true|xi must be greater",
        "-1 1 2|true|with \"symmetric\": true the points are given for xi >= 0",
        "-1 0 2|false|must be symmetric, rho(xi) = rho(-xi)",
        "0 1 2|false|must be symmetric, rho(xi) = rho(-xi)",
        "0 1 NaN|true|xi must be a finite number",
        "0 1 2e6|true|xi must be a finite number in [-1000000, 1000000]",
    })
    void badPointsAreRefusedWithTheReason(String xiList, boolean symmetric, String hint) {
        double[] xi = Arrays.stream(xiList.split(" ")).mapToDouble(Double::parseDouble).toArray();
        double[] density = new double[xi.length];
        Arrays.fill(density, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PiecewiseLinearDensity(xi, density, symmetric));
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }

    @Test
    void badDensitiesAreRefusedWithThePoint() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new PiecewiseLinearDensity(new double[] {0, 1, 2}, new double[] {1, -0.5, 1}, true));
        assertTrue(negative.getMessage().contains("points[1]") && negative.getMessage().contains(">= 0"), negative.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> new PiecewiseLinearDensity(new double[] {0, 1, 2}, new double[] {0, 0, 0}, true));
        assertTrue(empty.getMessage().contains("no mass"), empty.getMessage());
        double[] many = new double[PiecewiseLinearDensity.MAX_POINTS + 1];
        Arrays.setAll(many, i -> i);
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> new PiecewiseLinearDensity(many, many, true));
        assertTrue(tooMany.getMessage().contains("at most 4096 points"), tooMany.getMessage());
    }
}
