package org.freqbias.core.kernel;

import java.util.Arrays;
import org.freqbias.core.dist.FrequencyDistribution;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The largest eigenvalue of a kernel operator K by power iteration, without forming K. In 1D,
 * K = Theta dx with Theta(x, y) = (1 + sigma_a^2 x y) phi(x - y) on a uniform grid: phi(x_i - x_j)
 * is a symmetric Toeplitz matrix T, so K v = dx (T v + sigma_a^2 x . T (x . v)), and T v is a
 * circulant convolution of length 2N done with the FFT. In 2D the same idea is
 * {@link InfiniteWidthOperator2D}. O(N^d log N) per iteration, so any grid size is cheap.
 *
 * <p>Gradient descent on the linearized network is stable when eta * lambda_max < 2.
 */
public final class KernelSpectrumBound {

    static final int ITERATIONS = 200;

    private KernelSpectrumBound() {
    }

    public static double largestEigenvalue(double[] x, FrequencyDistribution rho, double sigmaA) {
        return largestEigenvalue(new Toeplitz1D(x, rho, sigmaA));
    }

    /** The Rayleigh quotient after {@link #ITERATIONS} power steps from the constant vector. */
    public static double largestEigenvalue(KernelOperator k) {
        int n = k.size();
        double[] v = new double[n];
        Arrays.fill(v, 1 / Math.sqrt(n));
        double[] kv = new double[n];
        double lambda = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            k.apply(v, kv);
            double norm = 0;
            double rayleigh = 0;
            for (int i = 0; i < n; i++) {
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

    /** K = Theta dx of the 1D infinite-width kernel, applied through the circulant embedding of T. */
    private static final class Toeplitz1D implements KernelOperator {

        private final double[] x;
        private final double dx;
        private final double s2;
        private final DoubleFFT_1D fft;
        private final double[] symbol; // interleaved complex: the transform of the circulant's first column

        Toeplitz1D(double[] x, FrequencyDistribution rho, double sigmaA) {
            int n = x.length;
            this.x = x;
            this.dx = n > 1 ? x[1] - x[0] : 1;
            this.s2 = sigmaA * sigmaA;
            int size = 2 * n;
            this.fft = new DoubleFFT_1D(size);
            this.symbol = new double[2 * size];
            for (int k = 0; k < n; k++) {
                double phi = rho.characteristic(k * dx);
                symbol[2 * k] = phi;
                if (k > 0) {
                    symbol[2 * (size - k)] = phi;
                }
            }
            fft.complexForward(symbol);
        }

        @Override
        public int size() {
            return x.length;
        }

        @Override
        public void apply(double[] v, double[] out) {
            int n = x.length;
            double[] tv = toeplitz(v);
            double[] xv = new double[n];
            for (int i = 0; i < n; i++) {
                xv[i] = x[i] * v[i];
            }
            double[] txv = toeplitz(xv);
            for (int i = 0; i < n; i++) {
                out[i] = dx * (tv[i] + s2 * x[i] * txv[i]);
            }
        }

        /** T v for the symmetric Toeplitz T whose circulant embedding has the transform {@code symbol}. */
        private double[] toeplitz(double[] v) {
            int n = x.length;
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
}
