package org.freqbias.core.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

/** AS 241 against erf from commons-math3: P(|Z| <= s) = erf(s / sqrt 2) must give back u. */
class NormalQuantileTest {

    @Test
    void halfNormalQuantileInvertsErfInAllThreeRegions() {
        double worst = 0;
        double worstTail = 0;
        for (int i = 0; i < 20_000; i++) {
            double u = i / 20_000.0;                                  // central region up to u = 0.85, then the tail
            double s = NormalQuantile.halfNormal(u);
            worst = Math.max(worst, Math.abs(Erf.erf(s / Math.sqrt(2)) - u));
        }
        // 1 - u down to 2^-53, the smallest a double u < 1 allows: beyond e^-25 the third region (r > 5).
        for (double tail = 1e-2; tail >= 0x1p-53; tail *= 0.1) {
            double u = 1 - tail;
            double s = NormalQuantile.halfNormal(u);
            worstTail = Math.max(worstTail, Math.abs(Erf.erfc(s / Math.sqrt(2)) - (1 - u)) / (1 - u));
        }
        System.out.printf("half-normal quantile: |erf(s / sqrt 2) - u| <= %.1e, relative tail error %.1e%n", worst, worstTail);
        // Measured 7.8e-16 and 2.0e-14 (the tail is s^2 ~ 70 times more sensitive to rounding in s).
        assertTrue(worst < 2.5e-15, "absolute error " + worst);
        assertTrue(worstTail < 6e-14, "relative tail error " + worstTail);
        assertTrue(NormalQuantile.halfNormal(Math.nextDown(1.0)) < 8.3, "finite below 1");
        assertEquals(0, NormalQuantile.halfNormal(0), 0);
        assertEquals(Double.POSITIVE_INFINITY, NormalQuantile.halfNormal(1), 0);
    }
}
