package org.freqbias.core.pde;

import org.freqbias.core.spectrum.LineGrid;

/**
 * The closed-form transform of the wave packet g(x) = exp(-x^2/2) (sin 2x + sin 6x + sin 11x),
 * g^(xi) = integral g(x) exp(-i xi x) dx = -i sqrt(2 pi)/2 sum_a [exp(-(xi-a)^2/2) - exp(-(xi+a)^2/2)]:
 * purely imaginary and odd.
 */
final class WavePacketSpectrum {

    private static final double[] PEAKS = {2, 6, 11};

    private WavePacketSpectrum() {
    }

    /** The frequency grid xi_k = k dxi for k = 0..count (a data window of N = 2 count samples, L = pi / dxi). */
    static LineGrid grid(int count, double dxi) {
        return new LineGrid(Math.PI / dxi, 2 * count);
    }

    /** The frequencies of {@link #grid}. */
    static double[] frequencies(int count, double dxi) {
        return grid(count, dxi).frequencies();
    }

    static double imaginaryPart(double xi) {
        double s = 0;
        for (double a : PEAKS) {
            s += Math.exp(-0.5 * (xi - a) * (xi - a)) - Math.exp(-0.5 * (xi + a) * (xi + a));
        }
        return -0.5 * Math.sqrt(2 * Math.PI) * s;
    }

    static double[] imaginaryPart(double[] xi) {
        double[] out = new double[xi.length];
        for (int k = 0; k < xi.length; k++) {
            out[k] = imaginaryPart(xi[k]);
        }
        return out;
    }
}
