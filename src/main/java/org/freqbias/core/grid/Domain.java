package org.freqbias.core.grid;

/**
 * The data window [-L, L)^d sampled on a uniform grid of N points per axis.
 *
 * <p>Conventions (see docs/THEORY.md): x_i = -L + i dx with dx = 2L / N; angular frequencies in rad
 * per unit of x on the FFT grid xi_k = k * pi / L; the Nyquist frequency is pi / dx.
 */
public record Domain(int dimension, double halfWidth, int samples) {

    public Domain {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("dimension must be 1 or 2, got " + dimension);
        }
        if (!(halfWidth > 0) || !Double.isFinite(halfWidth)) {
            throw new IllegalArgumentException("halfWidth must be a finite number > 0, got " + halfWidth);
        }
        if (samples < 8 || Integer.bitCount(samples) != 1) {
            throw new IllegalArgumentException("samples must be a power of two >= 8, got " + samples);
        }
    }

    public static Domain line(double halfWidth, int samples) {
        return new Domain(1, halfWidth, samples);
    }

    /** Grid spacing dx = 2L / N. */
    public double spacing() {
        return 2 * halfWidth / samples;
    }

    /** Spacing of the FFT frequencies, pi / L. */
    public double frequencySpacing() {
        return Math.PI / halfWidth;
    }

    /** Nyquist frequency pi / dx. */
    public double nyquist() {
        return Math.PI / spacing();
    }

    /** Sample positions along one axis: x_i = -L + i dx, i = 0..N-1. */
    public double[] axis() {
        double dx = spacing();
        double[] x = new double[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = -halfWidth + i * dx;
        }
        return x;
    }

    /**
     * Every grid point as a flat array of d-vectors: in 1D the axis itself, in 2D the N x N tensor
     * grid in row-major order (x1 slow, x2 fast), point i1 N + i2 at [2 (i1 N + i2)], [... + 1].
     */
    public double[] points() {
        double[] axis = axis();
        if (dimension == 1) {
            return axis;
        }
        double[] points = new double[2 * samples * samples];
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < samples; j++) {
                points[2 * (i * samples + j)] = axis[i];
                points[2 * (i * samples + j) + 1] = axis[j];
            }
        }
        return points;
    }
}
