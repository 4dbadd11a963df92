package org.freqbias.core.spectrum;

import org.freqbias.core.grid.Domain;

/**
 * The transform of a function sampled on a 2D {@link Domain}, dx^2 sum r(x) exp(-i xi . x), at any
 * tensor grid of frequencies rather than only the FFT ones. It is the same sum {@link PlaneGrid#transform}
 * evaluates by FFT, so at the FFT frequencies the two agree; in between it is the exact continuous
 * transform of the sampled function (not an interpolation), which a PDE mesh finer than the FFT
 * grid needs: a target that fills the window has a transform that varies within one FFT spacing.
 * The sum is separable, so a grid of n x n frequencies costs N^2 n + N n^2 complex products.
 */
public final class GridTransform2D {

    private GridTransform2D() {
    }

    /**
     * r^(axis[a], axis[b]) for all a, b, as {re, im} with entry a * axis.length + b; frequencies
     * with a component beyond the Nyquist frequency pi/dx (where the sampled function says
     * nothing) get 0.
     *
     * @param values r at the grid points, row-major values[i1 N + i2] (not modified)
     */
    public static double[][] at(double[] values, Domain domain, double[] axis) {
        int n = domain.samples();
        if (domain.dimension() != 2 || values.length != n * n) {
            throw new IllegalArgumentException("expected " + n * n + " samples on a 2D domain, got " + values.length);
        }
        double[] x = domain.axis();
        double nyquist = domain.nyquist() * (1 + 1e-12);
        int m = axis.length;
        // e^{-i xi_a x_i} for every frequency a and grid line i, zero rows beyond Nyquist.
        double[][] cos = new double[m][n];
        double[][] sin = new double[m][n];
        for (int a = 0; a < m; a++) {
            if (Math.abs(axis[a]) <= nyquist) {
                for (int i = 0; i < n; i++) {
                    cos[a][i] = Math.cos(axis[a] * x[i]);
                    sin[a][i] = -Math.sin(axis[a] * x[i]);
                }
            }
        }
        // Inner sum over x2: s[i1][b] = sum_i2 r(i1, i2) e^{-i xi_b x_i2}.
        double[][] sRe = new double[n][m];
        double[][] sIm = new double[n][m];
        for (int i1 = 0; i1 < n; i1++) {
            for (int b = 0; b < m; b++) {
                double re = 0;
                double im = 0;
                for (int i2 = 0; i2 < n; i2++) {
                    double r = values[i1 * n + i2];
                    re += r * cos[b][i2];
                    im += r * sin[b][i2];
                }
                sRe[i1][b] = re;
                sIm[i1][b] = im;
            }
        }
        double cell = domain.spacing() * domain.spacing();
        double[] outRe = new double[m * m];
        double[] outIm = new double[m * m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double re = 0;
                double im = 0;
                for (int i1 = 0; i1 < n; i1++) {
                    // (c + i s)(sRe + i sIm)
                    re += cos[a][i1] * sRe[i1][b] - sin[a][i1] * sIm[i1][b];
                    im += cos[a][i1] * sIm[i1][b] + sin[a][i1] * sRe[i1][b];
                }
                outRe[a * m + b] = cell * re;
                outIm[a * m + b] = cell * im;
            }
        }
        return new double[][] {outRe, outIm};
    }
}
