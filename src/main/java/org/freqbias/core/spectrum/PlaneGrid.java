package org.freqbias.core.spectrum;

import org.jtransforms.fft.DoubleFFT_2D;

/**
 * The FFT frequencies of a 2D data window, centred: xi = (k1, k2) pi / L with k1, k2 in
 * [-N/2, N/2), stored at index c = (k1 + N/2) N + (k2 + N/2) (the first axis slow). Each centred
 * index c_a = k_a + N/2 along an axis is "a centred axis index" below.
 *
 * @param halfWidth L of the data window [-L, L)^2
 * @param samples N, the data samples per axis
 */
public record PlaneGrid(double halfWidth, int samples) implements FrequencyGrid {

    public PlaneGrid {
        GridChecks.check(halfWidth, samples);
    }

    @Override
    public int size() {
        return samples * samples;
    }

    @Override
    public int dimension() {
        return 2;
    }

    /** The frequency along one axis of centred axis index {@code c}: (c - N/2) dxi. */
    public double axisFrequency(int c) {
        return (c - samples / 2) * spacing();
    }

    @Override
    public double[] frequency(int k) {
        return new double[] {axisFrequency(k / samples), axisFrequency(k % samples)};
    }

    @Override
    public double magnitude(int k) {
        return Math.hypot(axisFrequency(k / samples), axisFrequency(k % samples));
    }

    @Override
    public String coordinateHeader() {
        return "xi1,xi2";
    }

    @Override
    public String coordinates(int k) {
        return axisFrequency(k / samples) + "," + axisFrequency(k % samples);
    }

    /**
     * dx^2 sum r(x) exp(-i xi . x) by one 2D FFT: x starts at -L on both axes, so
     * exp(-i xi . x_0) = (-1)^(k1 + k2) multiplies the DFT.
     */
    @Override
    public Spectrum transform(double[] values) {
        int n = samples;
        if (values.length != n * n) {
            throw new IllegalArgumentException("expected " + n * n + " samples, got " + values.length);
        }
        double[] a = new double[2 * n * n];
        System.arraycopy(values, 0, a, 0, values.length);
        new DoubleFFT_2D(n, n).realForwardFull(a);
        double dx = dataSpacing();
        double[] re = new double[n * n];
        double[] im = new double[n * n];
        for (int c1 = 0; c1 < n; c1++) {
            int k1 = c1 - n / 2;
            int row = Math.floorMod(k1, n);
            for (int c2 = 0; c2 < n; c2++) {
                int k2 = c2 - n / 2;
                int col = Math.floorMod(k2, n);
                double scale = ((k1 + k2) & 1) == 0 ? dx * dx : -dx * dx;
                int src = 2 * (row * n + col);
                re[c1 * n + c2] = scale * a[src];
                im[c1 * n + c2] = scale * a[src + 1];
            }
        }
        return new Spectrum(this, re, im);
    }

    /**
     * The radial profile of magnitudes on this grid (such as |r^| or the PDE's |u|): the mean over
     * rings |xi| in [(b - 1/2) dxi, (b + 1/2) dxi), b = 0 .. N/2, NaN entries left out; a ring
     * with no entry is NaN. A new array; {@code abs} is only read.
     */
    public double[] radialProfile(double[] abs) {
        int n = samples;
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
