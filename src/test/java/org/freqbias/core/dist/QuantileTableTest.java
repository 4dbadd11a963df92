package org.freqbias.core.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

/** The table's inverse, refined by Newton inside its cell, against CDFs in closed form. */
class QuantileTableTest {

    /** A mixture of a gaussian and a uniform band (a jump at 12, inside a cell): F = 0.3 erf(s / 2 sqrt 2) + 0.7 min(s / 12, 1). */
    @Test
    void mixtureQuantilesAreExactAcrossTheBandEdge() {
        Mixture rho = new Mixture(0.3, new Gaussian(2), new Uniform(12));
        InverseCdf q = rho.magnitudeInverseCdf();
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double u = (i + 0.5) / 20_000;
            double s = q.at(u);
            double exact = 0.3 * Erf.erf(s / (2 * Math.sqrt(2))) + 0.7 * Math.min(s / 12, 1);
            worst = Math.max(worst, Math.abs(exact - u));
        }
        System.out.printf("mixture quantile error %.1e%n", worst);
        // Measured 4.4e-15.
        assertTrue(worst < 1.5e-14, "largest |F(q(u)) - u| " + worst);
    }

    /** The radius of the isotropic gaussian (Rayleigh: R(r) = 1 - exp(-r^2 / 2 sigma^2)) through the default radius table. */
    @Test
    void radiusQuantilesOfTheGaussianAreRayleigh() {
        InverseCdf q = new Gaussian(4).radiusInverseCdf();
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double u = (i + 0.5) / 20_000;
            double r = q.at(u);
            worst = Math.max(worst, Math.abs(-Math.expm1(-r * r / 32) - u));
        }
        System.out.printf("Rayleigh quantile error %.1e%n", worst);
        // Measured 2.4e-15.
        assertTrue(worst < 7e-15, "largest |R(q(u)) - u| " + worst);
    }
}
