package org.freqbias.core.spectrum;

import org.freqbias.core.grid.Domain;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The continuous Fourier transform r^(xi) = integral r(x) exp(-i xi x) dx of a function sampled on
 * a {@link Domain}, approximated by dx * sum_i r(x_i) exp(-i xi x_i) at the non-negative FFT
 * frequencies xi_k = k pi / L, k = 0..N/2. For real data the negative half is the conjugate.
 */
public record Spectrum(double[] xi, double[] re, double[] im) {

    public Spectrum {
        if (xi.length != re.length || xi.length != im.length) {
            throw new IllegalArgumentException("xi, re and im must have the same length");
        }
    }

    /** Transform of real samples {@code values} on the grid of {@code domain} (1D). */
    public static Spectrum of(double[] values, Domain domain) {
        int n = domain.samples();
        if (values.length != n) {
            throw new IllegalArgumentException("expected " + n + " samples, got " + values.length);
        }
        double[] a = values.clone();
        new DoubleFFT_1D(n).realForward(a);
        int half = n / 2;
        double[] re = new double[half + 1];
        double[] im = new double[half + 1];
        re[0] = a[0];
        re[half] = a[1];
        for (int k = 1; k < half; k++) {
            re[k] = a[2 * k];
            im[k] = a[2 * k + 1];
        }
        // The grid starts at x_0 = -L, so exp(-i xi_k x_i) = exp(i k pi) exp(-2 pi i k i / N):
        // the DFT times dx times (-1)^k.
        double dx = domain.spacing();
        for (int k = 0; k <= half; k++) {
            double scale = (k % 2 == 0) ? dx : -dx;
            re[k] *= scale;
            im[k] *= scale;
        }
        return new Spectrum(domain.nonNegativeFrequencies(), re, im);
    }

    public int size() {
        return xi.length;
    }

    /** |r^(xi_k)| for each k. */
    public double[] abs() {
        double[] out = new double[xi.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = Math.hypot(re[k], im[k]);
        }
        return out;
    }

    /** Index of the frequency nearest to {@code frequency}. */
    public int nearestIndex(double frequency) {
        double dxi = xi.length > 1 ? xi[1] - xi[0] : 1;
        int k = (int) Math.round(frequency / dxi);
        return Math.max(0, Math.min(xi.length - 1, k));
    }
}
