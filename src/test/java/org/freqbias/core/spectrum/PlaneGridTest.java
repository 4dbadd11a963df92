package org.freqbias.core.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.freqbias.core.grid.Domain;
import org.junit.jupiter.api.Test;

/** The 2D transform onto the centred frequency grid, and the radial profile there. */
class PlaneGridTest {

    @Test
    void shiftedGaussianHasTheClosedFormTransform() {
        // F[exp(-|x - a|^2 / 2)](xi) = 2 pi exp(-|xi|^2 / 2) exp(-i xi . a).
        Domain domain = new Domain(2, 8, 64);
        double[] x = domain.axis();
        double a1 = 0.7;
        double a2 = -1.3;
        double[] values = new double[64 * 64];
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                double d1 = x[i] - a1;
                double d2 = x[j] - a2;
                values[i * 64 + j] = Math.exp(-(d1 * d1 + d2 * d2) / 2);
            }
        }
        PlaneGrid grid = new PlaneGrid(domain.halfWidth(), domain.samples());
        Spectrum s = grid.transform(values);
        for (int c1 = 0; c1 < 64; c1 += 3) {
            for (int c2 = 0; c2 < 64; c2 += 5) {
                double xi1 = grid.axisFrequency(c1);
                double xi2 = grid.axisFrequency(c2);
                double mag = 2 * Math.PI * Math.exp(-(xi1 * xi1 + xi2 * xi2) / 2);
                double phase = -(xi1 * a1 + xi2 * a2);
                assertEquals(mag * Math.cos(phase), s.re()[c1 * 64 + c2], 1e-10);
                assertEquals(mag * Math.sin(phase), s.im()[c1 * 64 + c2], 1e-10);
            }
        }
        assertEquals(2 * Math.PI, grid.radialProfile(s.abs())[0], 1e-10);
    }
}
