package org.freqbias.core.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.freqbias.core.numeric.Bessel;
import org.freqbias.core.numeric.GaussLegendre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Distribution2DTest {

    static Stream<FrequencyDistribution2D> distributions() {
        return Stream.of(new RadialDistribution(new Gaussian(4)), new RadialDistribution(new Uniform(10)),
                new RadialDistribution(new Ramp(8, 2)), new RadialDistribution(new Laplace(2)),
                new ProductDistribution(new Uniform(10)), new ProductDistribution(new Gaussian(3)),
                new RadialDistribution(PiecewiseLinearDensity.of(new double[][] {{0, 1}, {4, 2}, {9, 0.5}}, true)),
                new ProductDistribution(PiecewiseLinearDensity.of(new double[][] {{1, 1}, {4, 2}, {9, 0.5}}, true)));
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void densityIntegratesToOneOverThePlane(FrequencyDistribution2D d) {
        // Polar coordinates: integral_0^R integral_0^2pi rho(r cos a, r sin a) r da dr.
        double total = GaussLegendre.integrate(r -> r * GaussLegendre.integrate(
                a -> d.density(r * Math.cos(a), r * Math.sin(a)), 0, 2 * Math.PI, 16), 0, 80, 400);
        assertEquals(1, total, 2e-3, d.label());
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void characteristicMatchesTheSampleMean(FrequencyDistribution2D d) {
        double[][] zs = {{0.1, 0}, {0.2, 0.15}, {0, 0.4}};
        double[] sums = new double[zs.length];
        int n = 100_000;
        for (double[] w : FrequencySampler2D.draw(d, n, FrequencySampler.Mode.IID, new SplittableRandom(3))) {
            for (int q = 0; q < zs.length; q++) {
                sums[q] += Math.cos(w[0] * zs[q][0] + w[1] * zs[q][1]);
            }
        }
        for (int q = 0; q < zs.length; q++) {
            // Monte Carlo standard error is at most 1/sqrt(2n) ~ 0.0022; 5 sigma.
            assertEquals(d.characteristic(zs[q][0], zs[q][1]), sums[q] / n, 0.011, d.label() + " z=" + zs[q][0] + "," + zs[q][1]);
        }
    }

    @Test
    void radialClosedForms() {
        RadialDistribution gaussian = new RadialDistribution(new Gaussian(4));
        RadialDistribution disk = new RadialDistribution(new Uniform(10));
        assertEquals(1 / (2 * Math.PI * 16), gaussian.density(0, 0), 1e-12, "isotropic gaussian peak");
        assertEquals(1 / (Math.PI * 100), disk.density(3, 4), 1e-12, "uniform disk of radius 10");
        assertEquals(0, disk.density(8, 7), 0);
        for (double z : new double[] {0.05, 0.2, 0.5}) {
            assertEquals(Math.exp(-8 * z * z), gaussian.characteristic(z, 0), 1e-9);
            // Uniform disk: phi(z) = 2 J1(B z) / (B z), with J1 = -J0'.
            double bz = 10 * z;
            double j1 = -(Bessel.j0(bz + 1e-5) - Bessel.j0(bz - 1e-5)) / 2e-5;
            assertEquals(2 * j1 / bz, disk.characteristic(0, z), 1e-7);
        }
        assertTrue(new ProductDistribution(new Uniform(10)).density(8, 7) > 0, "the square reaches corners the disk does not");
    }

    @Test
    void besselJ0KnownValues() {
        assertEquals(1, Bessel.j0(0), 1e-15);
        assertEquals(0.7651976865579666, Bessel.j0(1), 1e-14);
        assertEquals(0, Bessel.j0(2.404825557695773), 1e-14);
        assertEquals(-0.2459357644513483, Bessel.j0(10), 1e-13);
    }
}
