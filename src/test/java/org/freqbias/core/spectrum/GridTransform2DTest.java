package org.freqbias.core.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.freqbias.core.grid.Domain;
import org.junit.jupiter.api.Test;

/** The exact transform of a sampled function at any frequencies: against the FFT, a plain sum and a closed form. */
class GridTransform2DTest {

    private static final Domain DOMAIN = new Domain(2, 4, 16);

    @Test
    void agreesWithTheFftAtTheFftFrequencies() {
        double[] r = new SplittableRandom(3).doubles(16 * 16, -1, 1).toArray();
        Spectrum fft = Spectrum.of(r, DOMAIN);
        double[] axis = new double[16];
        for (int c = 0; c < 16; c++) {
            axis[c] = new PlaneGrid(DOMAIN.halfWidth(), DOMAIN.samples()).axisFrequency(c);
        }
        double[][] exact = GridTransform2D.at(r, DOMAIN, axis);
        for (int c = 0; c < 256; c++) {
            assertEquals(fft.re()[c], exact[0][c], 1e-12);
            assertEquals(fft.im()[c], exact[1][c], 1e-12);
        }
    }

    @Test
    void offGridFrequenciesAreThePlainSumAndBeyondNyquistIsZero() {
        double[] r = new SplittableRandom(5).doubles(16 * 16, -1, 1).toArray();
        double[] axis = {-3.9, -0.37, 0.0, 1.234, 2.5 * Math.PI / 4, 20};   // Nyquist is 2 pi here
        double[][] fast = GridTransform2D.at(r, DOMAIN, axis);
        double[] x = DOMAIN.axis();
        double dx = DOMAIN.spacing();
        for (int a = 0; a < axis.length; a++) {
            for (int b = 0; b < axis.length; b++) {
                double re = 0;
                double im = 0;
                for (int i1 = 0; i1 < 16; i1++) {
                    for (int i2 = 0; i2 < 16; i2++) {
                        double phase = axis[a] * x[i1] + axis[b] * x[i2];
                        re += r[i1 * 16 + i2] * Math.cos(phase) * dx * dx;
                        im -= r[i1 * 16 + i2] * Math.sin(phase) * dx * dx;
                    }
                }
                boolean beyond = Math.abs(axis[a]) > DOMAIN.nyquist() || Math.abs(axis[b]) > DOMAIN.nyquist();
                assertEquals(beyond ? 0 : re, fast[0][a * axis.length + b], 1e-12);
                assertEquals(beyond ? 0 : im, fast[1][a * axis.length + b], 1e-12);
            }
        }
    }

    @Test
    void matchesTheContinuousTransformOfAGaussianBetweenFftFrequencies() {
        // integral exp(-|x - c|^2 / 2) e^{-i xi.x} dx = 2 pi exp(-|xi|^2 / 2) e^{-i xi.c}; the Riemann sum
        // of this smooth, decaying function is spectrally accurate on [-8, 8)^2.
        Domain domain = new Domain(2, 8, 64);
        double[] x = domain.axis();
        double c1 = 0.7;
        double c2 = -1.1;
        double[] r = new double[64 * 64];
        for (int i1 = 0; i1 < 64; i1++) {
            for (int i2 = 0; i2 < 64; i2++) {
                r[i1 * 64 + i2] = Math.exp(-0.5 * ((x[i1] - c1) * (x[i1] - c1) + (x[i2] - c2) * (x[i2] - c2)));
            }
        }
        double[] axis = {-1.3, 0.05, 0.61, 2.2};
        double[][] t = GridTransform2D.at(r, domain, axis);
        for (int a = 0; a < axis.length; a++) {
            for (int b = 0; b < axis.length; b++) {
                double amp = 2 * Math.PI * Math.exp(-0.5 * (axis[a] * axis[a] + axis[b] * axis[b]));
                double phase = -(axis[a] * c1 + axis[b] * c2);
                assertEquals(amp * Math.cos(phase), t[0][a * axis.length + b], 1e-10);
                assertEquals(amp * Math.sin(phase), t[1][a * axis.length + b], 1e-10);
            }
        }
    }
}
