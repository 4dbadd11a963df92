package org.freqbias.core.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The asymptotic branch of J0 agrees with the (geometrically convergent) trapezoid rule. */
class BesselTest {

    @Test
    void asymptoticBranchMatchesTheIntegral() {
        for (double x = Bessel.ASYMPTOTIC_FROM; x < 2000; x = x * 1.037 + 0.11) {
            assertEquals(Bessel.trapezoid(x), Bessel.j0(x), 1e-14, "x = " + x);
            assertEquals(Bessel.trapezoid(x), Bessel.j0(-x), 1e-14, "x = " + -x);
        }
    }

    @Test
    void knownValues() {
        // scipy.special.j0
        assertEquals(-0.08636798358104032, Bessel.j0(30), 1e-15);
        assertEquals(0.01998585030422333, Bessel.j0(100), 1e-15);
    }
}
