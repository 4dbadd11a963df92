package org.freqbias.core.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.freqbias.core.grid.Domain;
import org.junit.jupiter.api.Test;

/** The 1D transform at arbitrary frequencies against the plain sum with Math.cos and the FFT. */
class LineTransformTest {

    private static final Domain DOMAIN = Domain.line(10, 256);

    private static double[] randomSamples(long seed) {
        Random rng = new Random(seed);
        double[] r = new double[DOMAIN.samples()];
        for (int i = 0; i < r.length; i++) {
            r[i] = rng.nextGaussian();
        }
        return r;
    }

    /** dx sum_i r_i exp(-i xi x_i), term by term with Math.cos / Math.sin: the definition. */
    private static double[] plainSum(double[] r, double xi) {
        double[] x = DOMAIN.axis();
        double re = 0;
        double im = 0;
        for (int i = 0; i < r.length; i++) {
            re += r[i] * Math.cos(xi * x[i]);
            im -= r[i] * Math.sin(xi * x[i]);
        }
        return new double[] {DOMAIN.spacing() * re, DOMAIN.spacing() * im};
    }

    private static double maxError(double[][] t, double[] r, double first, double step) {
        double worst = 0;
        double scale = 0;
        for (int j = 0; j < t[0].length; j++) {
            double xi = first + j * step;
            double[] ref = Math.abs(xi) <= DOMAIN.nyquist() * (1 + 1e-12) ? plainSum(r, xi) : new double[2];
            worst = Math.max(worst, Math.hypot(t[0][j] - ref[0], t[1][j] - ref[1]));
            scale = Math.max(scale, Math.hypot(ref[0], ref[1]));
        }
        return worst / scale;
    }

    @Test
    void atTheFftFrequenciesItIsTheFftBitForBit() {
        double[] r = randomSamples(1);
        Spectrum s = Spectrum.of(r, DOMAIN);
        int half = DOMAIN.samples() / 2;
        double[][] t = LineTransform.at(r, DOMAIN, -half * DOMAIN.frequencySpacing(), DOMAIN.frequencySpacing(), 2 * half + 1);
        for (int k = 0; k <= half; k++) {
            assertEquals(s.re()[k], t[0][half + k], 0, "re at k = " + k);
            assertEquals(s.im()[k], t[1][half + k], 0, "im at k = " + k);
            assertEquals(s.re()[k], t[0][half - k], 0, "re at k = -" + k);
            assertEquals(-s.im()[k], t[1][half - k], 0, "im at k = -" + k);
        }
    }

    @Test
    void theZeroPaddedFftMatchesThePlainSumBetweenFftFrequencies() {
        double[] r = randomSamples(2);
        double dxi = DOMAIN.frequencySpacing();
        for (int p : new int[] {2, 3, 8}) {
            double step = dxi / p;
            int count = p * DOMAIN.samples() + 1 + 20;          // over the whole band and 10 nodes beyond each end
            double first = -(p * DOMAIN.samples() / 2 + 10) * step;
            // Measured 3e-15 relative: rounding of two different summation orders.
            assertTrue(maxError(LineTransform.at(r, DOMAIN, first, step, count), r, first, step) < 1e-12, "p = " + p);
        }
    }

    @Test
    void theDirectSumMatchesThePlainSumAtIncommensurateFrequencies() {
        double[] r = randomSamples(3);
        double step = DOMAIN.frequencySpacing() / 2.7183;
        double first = -DOMAIN.nyquist() - 0.37;                 // and a few nodes beyond Nyquist: zero there
        int count = (int) (2 * DOMAIN.nyquist() / step) + 3;
        // Measured 4e-15 relative: the rotation recurrence re-seeded every 64 samples does not drift.
        assertTrue(maxError(LineTransform.at(r, DOMAIN, first, step, count), r, first, step) < 1e-12);
    }
}
