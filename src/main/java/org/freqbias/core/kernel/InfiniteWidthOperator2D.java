package org.freqbias.core.kernel;

import java.util.HashMap;
import java.util.Map;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.grid.Domain;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * The infinite-width kernel of the 2-layer network on a 2D data grid, applied matrix-free:
 * K = Theta dx^2 with Theta(x, y) = (1 + sigma_a^2 x.y) phi(x - y) (THEORY.md section 3), so
 *
 * <pre>
 *   K r = dx^2 [ phi * r + sigma_a^2 sum_a x_a (phi * (x_a r)) ],   (phi * r)_p = sum_q phi(x_p - x_q) r_q,
 * </pre>
 *
 * a linear (non-periodic) convolution over the (2N - 1)^2 lag vectors. Each one is a circular
 * convolution of size 2N x 2N on zero-padded data (the lags -(N-1)..N-1 fit without wrapping onto
 * each other), done with a complex DoubleFFT_2D: phi is real, so two real inputs ride in the real
 * and imaginary parts of one transform. phi's transform (real, since phi(-z) = phi(z)) is computed
 * once. Cost per apply: two 2N x 2N complex FFT pairs, O(N^2 log N), against O(N^4) for the dense
 * N^2 x N^2 matrix. Grid points are row-major, p = i1 N + i2 at (x_i1, x_i2). Not thread-safe (one
 * scratch array).
 */
public final class InfiniteWidthOperator2D extends PlaneKernelOperator {

    private final double s2;
    private final double[] symbol;
    private final DoubleFFT_2D fft;
    private final double[] scratch;

    public InfiniteWidthOperator2D(Domain domain, FrequencyDistribution2D rho, double sigmaA) {
        super(domain);
        double dx = domain.spacing();
        this.s2 = sigmaA * sigmaA;
        int size = 2 * n;
        this.fft = new DoubleFFT_2D(size, size);
        this.scratch = new double[2 * size * size];
        double[] h = new double[2 * size * size];
        // phi(-z) = phi(z): evaluate each lag pair once. A radial phi (a numerical Hankel transform,
        // the costly case) depends on l1^2 + l2^2 only: once per distinct value.
        Map<Integer, Double> radial = rho instanceof RadialDistribution ? new HashMap<>() : null;
        for (int l1 = 0; l1 < n; l1++) {
            for (int l2 = l1 == 0 ? 0 : -(n - 1); l2 < n; l2++) {
                int a1 = l1;
                int a2 = l2;
                double phi = radial == null ? rho.characteristic(l1 * dx, l2 * dx)
                        : radial.computeIfAbsent(l1 * l1 + l2 * l2, key -> rho.characteristic(a1 * dx, a2 * dx));
                h[2 * (l1 * size + Math.floorMod(l2, size))] = phi;
                h[2 * (Math.floorMod(-l1, size) * size + Math.floorMod(-l2, size))] = phi;
            }
        }
        fft.complexForward(h);
        this.symbol = new double[size * size];
        for (int k = 0; k < symbol.length; k++) {
            symbol[k] = h[2 * k];
        }
    }

    @Override
    protected void applyOnGrid(double[] v, double[] out) {
        int points = n * n;
        // First transform: phi * r (real part) and phi * (x1 r) (imaginary part).
        convolve(v, true, false);
        for (int p = 0; p < points; p++) {
            int at = 2 * ((p / n) * 2 * n + p % n);
            out[p] = scratch[at] + s2 * x[p / n] * scratch[at + 1];
        }
        // Second: phi * (x2 r).
        convolve(v, false, true);
        for (int p = 0; p < points; p++) {
            int at = 2 * ((p / n) * 2 * n + p % n);
            out[p] = weight * (out[p] + s2 * x[p % n] * scratch[at]);
        }
    }

    /**
     * Leaves in scratch the circular convolution with phi of the zero-padded complex field whose
     * real part is r (or x2 r when {@code secondAxis}) and imaginary part x1 r (when {@code firstAxis}) or 0.
     */
    private void convolve(double[] v, boolean firstAxis, boolean secondAxis) {
        java.util.Arrays.fill(scratch, 0);
        int size = 2 * n;
        for (int i1 = 0; i1 < n; i1++) {
            for (int i2 = 0; i2 < n; i2++) {
                double r = v[i1 * n + i2];
                int at = 2 * (i1 * size + i2);
                scratch[at] = secondAxis ? x[i2] * r : r;
                scratch[at + 1] = firstAxis ? x[i1] * r : 0;
            }
        }
        fft.complexForward(scratch);
        for (int k = 0; k < symbol.length; k++) {
            scratch[2 * k] *= symbol[k];
            scratch[2 * k + 1] *= symbol[k];
        }
        fft.complexInverse(scratch, true);
    }
}
