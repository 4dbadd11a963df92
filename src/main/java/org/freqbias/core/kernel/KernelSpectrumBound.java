package org.freqbias.core.kernel;

import org.freqbias.core.dist.FrequencyDistribution;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The largest eigenvalue of K = Theta dx, Theta(x, y) = (1 + sigma_a^2 x y) phi(x - y), on a
 * uniform grid, by power iteration without forming K: phi(x_i - x_j) is a symmetric Toeplitz
 * matrix T, so K v = dx (T v + sigma_a^2 x . T (x . v)), and T v is a circulant convolution of
 * length 2N done with the FFT. O(N log N) per iteration, so any grid size is cheap.
 *
 * <p>Gradient descent on the linearized network is stable when eta * lambda_max < 2.
 */
public final class KernelSpectrumBound {

    static final int ITERATIONS = 200;

    private KernelSpectrumBound() {
    }

    public static double largestEigenvalue(double[] x, FrequencyDistribution rho, double sigmaA) {
        int n = x.length;
        double dx = n > 1 ? x[1] - x[0] : 1;
        int size = 2 * n;
        DoubleFFT_1D fft = new DoubleFFT_1D(size);
        double[] symbol = new double[2 * size]; // interleaved complex: the circulant's first column
        for (int k = 0; k < n; k++) {
            double phi = rho.characteristic(k * dx);
            symbol[2 * k] = phi;
            if (k > 0) {
                symbol[2 * (size - k)] = phi;
            }
        }
        fft.complexForward(symbol);
        double s2 = sigmaA * sigmaA;
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1 / Math.sqrt(n));
        double lambda = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            double[] tv = toeplitz(v, symbol, fft, n);
            double[] xv = new double[n];
            for (int i = 0; i < n; i++) {
                xv[i] = x[i] * v[i];
            }
            double[] txv = toeplitz(xv, symbol, fft, n);
            double norm = 0;
            double rayleigh = 0;
            double[] kv = new double[n];
            for (int i = 0; i < n; i++) {
                kv[i] = dx * (tv[i] + s2 * x[i] * txv[i]);
                rayleigh += v[i] * kv[i];
                norm += kv[i] * kv[i];
            }
            lambda = rayleigh;
            norm = Math.sqrt(norm);
            if (norm == 0) {
                return 0;
            }
            for (int i = 0; i < n; i++) {
                v[i] = kv[i] / norm;
            }
        }
        return lambda;
    }

    /** T v for the symmetric Toeplitz T whose circulant embedding has the given transform. */
    private static double[] toeplitz(double[] v, double[] symbol, DoubleFFT_1D fft, int n) {
        int size = 2 * n;
        double[] a = new double[2 * size];
        for (int i = 0; i < n; i++) {
            a[2 * i] = v[i];
        }
        fft.complexForward(a);
        for (int k = 0; k < size; k++) {
            double re = a[2 * k] * symbol[2 * k] - a[2 * k + 1] * symbol[2 * k + 1];
            double im = a[2 * k] * symbol[2 * k + 1] + a[2 * k + 1] * symbol[2 * k];
            a[2 * k] = re;
            a[2 * k + 1] = im;
        }
        fft.complexInverse(a, true);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a[2 * i];
        }
        return out;
    }
}
