package org.freqbias.core.spectrum;

import org.freqbias.core.grid.Domain;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * The 2D continuous transform r^(xi) = integral r(x) exp(-i xi . x) dx over the tensor grid of a
 * {@link Domain} with dimension 2, approximated by dx^2 sum r(x) exp(-i xi . x) on the FFT
 * frequencies xi = (k1, k2) pi / L, k1, k2 in [-N/2, N/2). Stored centred: entry
 * (k1 + N/2) * N + (k2 + N/2), row index k1 along the first axis.
 */
public record Spectrum2D(int n, double frequencySpacing, double[] re, double[] im) {

    /**
     * @param values r at the grid points, row-major: values[i1 * N + i2] = r(x_i1, x_i2)
     */
    public static Spectrum2D of(double[] values, Domain domain) {
        if (domain.dimension() != 2) {
            throw new IllegalArgumentException("Spectrum2D needs a 2D domain");
        }
        int n = domain.samples();
        if (values.length != n * n) {
            throw new IllegalArgumentException("expected " + n * n + " samples, got " + values.length);
        }
        double[] a = new double[2 * n * n];
        System.arraycopy(values, 0, a, 0, values.length);
        new DoubleFFT_2D(n, n).realForwardFull(a);
        double dx = domain.spacing();
        double[] re = new double[n * n];
        double[] im = new double[n * n];
        for (int c1 = 0; c1 < n; c1++) {
            int k1 = c1 - n / 2;
            int row = Math.floorMod(k1, n);
            for (int c2 = 0; c2 < n; c2++) {
                int k2 = c2 - n / 2;
                int col = Math.floorMod(k2, n);
                // x starts at -L on both axes: exp(-i xi . x_0) = (-1)^(k1 + k2).
                double scale = ((k1 + k2) & 1) == 0 ? dx * dx : -dx * dx;
                int src = 2 * (row * n + col);
                re[c1 * n + c2] = scale * a[src];
                im[c1 * n + c2] = scale * a[src + 1];
            }
        }
        return new Spectrum2D(n, domain.frequencySpacing(), re, im);
    }

    /** |r^| over the centred grid. */
    public double[] abs() {
        double[] out = new double[re.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.hypot(re[i], im[i]);
        }
        return out;
    }

    /** The frequency of centred index c along either axis. */
    public double frequency(int c) {
        return (c - n / 2) * frequencySpacing;
    }

    /**
     * Mean |r^| over rings |xi| in [(b - 1/2) dxi, (b + 1/2) dxi), b = 0..N/2: the radial profile.
     */
    public double[] radialProfile() {
        return radialProfile(abs(), n);
    }

    /**
     * The radial profile of any magnitudes on an N x N centred grid (such as the PDE's |u|): mean
     * over rings as in {@link #radialProfile()}, NaN entries left out; a ring with no entry is NaN.
     */
    public static double[] radialProfile(double[] abs, int n) {
        int bins = n / 2 + 1;
        double[] sum = new double[bins];
        int[] count = new int[bins];
        for (int c1 = 0; c1 < n; c1++) {
            for (int c2 = 0; c2 < n; c2++) {
                int b = (int) Math.round(Math.hypot(c1 - n / 2, c2 - n / 2));
                if (b < bins && !Double.isNaN(abs[c1 * n + c2])) {
                    sum[b] += abs[c1 * n + c2];
                    count[b]++;
                }
            }
        }
        for (int b = 0; b < bins; b++) {
            sum[b] = count[b] > 0 ? sum[b] / count[b] : Double.NaN;
        }
        return sum;
    }
}
