package org.freqbias.core.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.freqbias.core.grid.Domain;
import org.junit.jupiter.api.Test;

/** The discrete transform against closed-form continuous transforms. */
class SpectrumTest {

    private final Domain domain = Domain.line(10, 512);

    private double[] sample(java.util.function.DoubleUnaryOperator f) {
        double[] x = domain.axis();
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = f.applyAsDouble(x[i]);
        }
        return v;
    }

    @Test
    void gaussianTransformsToGaussian() {
        // F[exp(-x^2/2)](xi) = sqrt(2 pi) exp(-xi^2/2), real.
        Spectrum s = Spectrum.of(sample(x -> Math.exp(-x * x / 2)), domain);
        for (int k = 0; k < s.size(); k++) {
            double xi = s.grid().frequency(k)[0];
            assertEquals(Math.sqrt(2 * Math.PI) * Math.exp(-xi * xi / 2), s.re()[k], 1e-12);
            assertEquals(0, s.im()[k], 1e-12);
        }
    }

    @Test
    void shiftedGaussianCarriesThePhaseOfItsPosition() {
        // F[exp(-(x-a)^2/2)](xi) = sqrt(2 pi) exp(-xi^2/2) exp(-i a xi).
        double a = 1.7;
        Spectrum s = Spectrum.of(sample(x -> Math.exp(-(x - a) * (x - a) / 2)), domain);
        for (int k = 0; k < s.size(); k++) {
            double xi = s.grid().frequency(k)[0];
            double mag = Math.sqrt(2 * Math.PI) * Math.exp(-xi * xi / 2);
            assertEquals(mag * Math.cos(a * xi), s.re()[k], 1e-12);
            assertEquals(-mag * Math.sin(a * xi), s.im()[k], 1e-12);
        }
    }

    @Test
    void wavePacketIsImaginaryWithPeaksAtItsFrequency() {
        // F[exp(-x^2/2) sin(w x)](xi) = -i sqrt(pi/2) (exp(-(xi-w)^2/2) - exp(-(xi+w)^2/2)).
        double w = 6;
        Spectrum s = Spectrum.of(sample(x -> Math.exp(-x * x / 2) * Math.sin(w * x)), domain);
        for (int k = 0; k < s.size(); k++) {
            double xi = s.grid().frequency(k)[0];
            double expected = -Math.sqrt(Math.PI / 2) * (Math.exp(-(xi - w) * (xi - w) / 2) - Math.exp(-(xi + w) * (xi + w) / 2));
            assertEquals(0, s.re()[k], 1e-12);
            assertEquals(expected, s.im()[k], 1e-12);
        }
        LineGrid grid = new LineGrid(domain.halfWidth(), domain.samples());
        assertEquals(w, grid.xi(grid.nearestIndex(w)), domain.frequencySpacing() / 2);
    }

    @Test
    void parsevalHolds() {
        // sum |r|^2 dx = (1/2pi) sum over all FFT frequencies |r^|^2 dxi, negative half by symmetry.
        double[] r = sample(x -> Math.exp(-x * x / 3) * (Math.sin(2 * x) + 0.3 * Math.cos(9 * x)) + 0.01 * x);
        Spectrum s = Spectrum.of(r, domain);
        double space = 0;
        for (double v : r) {
            space += v * v * domain.spacing();
        }
        double[] abs = s.abs();
        double freq = 0;
        for (int k = 0; k < abs.length; k++) {
            double weight = (k == 0 || k == abs.length - 1) ? 1 : 2;
            freq += weight * abs[k] * abs[k];
        }
        freq *= domain.frequencySpacing() / (2 * Math.PI);
        assertEquals(space, freq, 1e-12 * space);
    }
}
