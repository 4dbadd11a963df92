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
 *
 * <p>Stopping rule: the iteration stops when the Rayleigh quotient lambda_k = v_k . K v_k changes by
 * less than {@link #TOLERANCE} relative to itself, or after {@link #MAX_ITERATIONS} steps. K is
 * symmetric positive semi-definite, so lambda_k rises monotonically towards lambda_max, from below;
 * the last change bounds the remaining error by change * g / (1 - g) with g = (lambda_2 /
 * lambda_max)^2, which is below the tolerance unless the two top eigenvalues are very close.
 */
public final class KernelSpectrumBound {

    /**
     * Relative change of the Rayleigh quotient between two steps at which the iteration stops.
     * Measured on the nine sample sessions against a run to 1e-14: the estimate is 0.1-0.3 % low
     * (gaussian-bias 0.21 % after 26 steps, plane-waves 0.014 % after 93, the images 0.03 % after
     * about 140), ample for a stability warning; 1e-6 would cost 5-20 times the steps on the 1D
     * samples (their top eigenvalues nearly coincide) for errors of 0.003-0.04 %.
     */
    public static final double TOLERANCE = 1e-5;

    /** At most this many power steps. */
    public static final int MAX_ITERATIONS = 1000;

    private KernelSpectrumBound() {
    }

    public static double largestEigenvalue(double[] x, FrequencyDistribution rho, double sigmaA) {
        return largestEigenvalue(new Toeplitz1D(x, rho, sigmaA));
    }

    /**
     * The Rayleigh quotient v . K v of the power iteration v <- K v / |K v| from the constant vector,
     * once it has settled to {@link #TOLERANCE} (or after {@link #MAX_ITERATIONS} steps); 0 when K
     * maps the iterate to 0.
     */
    public static double largestEigenvalue(KernelOperator k) {
        return iterate(k).eigenvalue();
    }

    /** The estimate and the number of power steps it took. */
    record Estimate(double eigenvalue, int iterations) {
    }

    static Estimate iterate(KernelOperator k) {
        return iterate(k, TOLERANCE, MAX_ITERATIONS);
    }

    static Estimate iterate(KernelOperator k, double tolerance, int maxIterations) {
        int n = k.size();
        double[] v = startVector(n);
        double[] kv = new double[n];
        double lambda = 0;
        for (int it = 1; it <= maxIterations; it++) {
            k.apply(v, kv);
            double norm = 0;
            double rayleigh = 0;
            for (int i = 0; i < n; i++) {
                rayleigh += v[i] * kv[i];
                norm += kv[i] * kv[i];
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                return new Estimate(0, it);
            }
            boolean settled = Math.abs(rayleigh - lambda) <= tolerance * Math.abs(rayleigh);
            lambda = rayleigh;
            if (settled) {
                return new Estimate(lambda, it);
            }
            for (int i = 0; i < n; i++) {
                v[i] = kv[i] / norm;
            }
        }
        return new Estimate(lambda, maxIterations);
    }

    /**
     * A unit vector with no symmetry: a constant start lies in the even subspace of a symmetric grid,
     * where K (even in x -> -x) keeps it, and would miss an odd top eigenvector. Seeded, so repeatable.
     */
    private static double[] startVector(int n) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(0x5eed);
        double[] v = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            v[i] = 1 + rng.nextDouble();
            norm += v[i] * v[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < n; i++) {
            v[i] /= norm;
        }
        return v;
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
