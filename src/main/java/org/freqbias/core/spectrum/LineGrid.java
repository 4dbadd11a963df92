package org.freqbias.core.spectrum;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The non-negative FFT frequencies of a 1D data window, xi_k = k pi / L for k = 0 .. N/2. For real
 * data the negative half of a spectrum is the conjugate, so nothing is lost.
 *
 * @param halfWidth L of the data window [-L, L)
 * @param samples N, the data samples
 */
public record LineGrid(double halfWidth, int samples) implements FrequencyGrid {

    public LineGrid {
        GridChecks.check(halfWidth, samples);
    }

    @Override
    public int size() {
        return samples / 2 + 1;
    }

    @Override
    public int dimension() {
        return 1;
    }

    /** xi_k = k dxi. */
    public double xi(int k) {
        return k * spacing();
    }

    /** Every xi_k, k = 0 .. N/2 (a new array). */
    public double[] frequencies() {
        double dxi = spacing();
        double[] xi = new double[size()];
        for (int k = 0; k < xi.length; k++) {
            xi[k] = k * dxi;
        }
        return xi;
    }

    /** The highest frequency of the grid, xi_{N/2} (the Nyquist frequency). */
    public double highest() {
        return xi(samples / 2);
    }

    /** The index of the grid frequency nearest to {@code xi}, clamped to the grid. */
    public int nearestIndex(double xi) {
        int k = (int) Math.round(xi / spacing());
        return Math.max(0, Math.min(size() - 1, k));
    }

    @Override
    public double[] frequency(int k) {
        return new double[] {xi(k)};
    }

    @Override
    public double magnitude(int k) {
        return Math.abs(xi(k));
    }

    @Override
    public String coordinateHeader() {
        return "xi";
    }

    @Override
    public String coordinates(int k) {
        return Double.toString(xi(k));
    }

    /**
     * dx sum_i r(x_i) exp(-i xi_k x_i) by one real FFT: x_0 = -L, so exp(-i xi_k x_i) =
     * exp(i k pi) exp(-2 pi i k i / N), the DFT times dx times (-1)^k.
     */
    @Override
    public Spectrum transform(double[] values) {
        if (values.length != samples) {
            throw new IllegalArgumentException("expected " + samples + " samples, got " + values.length);
        }
        double[] a = values.clone();
        new DoubleFFT_1D(samples).realForward(a);
        int half = samples / 2;
        double[] re = new double[half + 1];
        double[] im = new double[half + 1];
        re[0] = a[0];
        re[half] = a[1];
        for (int k = 1; k < half; k++) {
            re[k] = a[2 * k];
            im[k] = a[2 * k + 1];
        }
        double dx = dataSpacing();
        for (int k = 0; k <= half; k++) {
            double scale = (k % 2 == 0) ? dx : -dx;
            re[k] *= scale;
            im[k] *= scale;
        }
        return new Spectrum(this, re, im);
    }
}
