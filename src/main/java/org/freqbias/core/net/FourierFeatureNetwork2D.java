package org.freqbias.core.net;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.FrequencySampler2D;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.NetworkSpec;

/**
 * The two-layer Fourier-features network on 2D inputs, in the NTK parametrization:
 *
 * <pre>
 *   f(x) = (1 / sqrt(m)) * sum_j [ a_j cos(w_j . x) + c_j sin(w_j . x) ],   w_j = (w_j1, w_j2)
 * </pre>
 *
 * <p>An immutable value: the parameter arrays are copied in and out. Training lives in
 * {@link GradientDescent2D}. Grid arrays are row-major: point (i1, i2) of a {@link Domain} with N
 * points per axis is index i1 N + i2, at x = (x_i1, x_i2).
 */
public final class FourierFeatureNetwork2D {

    private final double[] w1;
    private final double[] w2;
    private final double[] a;
    private final double[] c;

    private FourierFeatureNetwork2D(double[] w1, double[] w2, double[] a, double[] c) {
        this.w1 = w1;
        this.w2 = w2;
        this.a = a;
        this.c = c;
    }

    /**
     * Draws a network: m (or m/2 with zero initial output) frequencies w_j ~ rho by
     * {@link FrequencySampler2D} in the spec's sampling mode (stratified for radial and product laws,
     * otherwise independent), from a generator split off first, then a_j, c_j ~ N(0, sigma_a^2) in
     * the fixed order a, c per drawn neuron, all from {@code new SplittableRandom(seed)}. With
     * {@code spec.zeroInitialOutput()} each draw is stored twice, at 2k (w, a, c) and 2k+1
     * (w, -a, -c), so the output is exactly zero.
     */
    public static FourierFeatureNetwork2D initialize(NetworkSpec spec, FrequencyDistribution2D rho, long seed) {
        int m = spec.width();
        double sigma = spec.sigmaA();
        SplittableRandom rng = new SplittableRandom(seed);
        int stride = spec.zeroInitialOutput() ? 2 : 1;
        double[][] drawn = FrequencySampler2D.draw(rho, (m + stride - 1) / stride, spec.sampling(), rng.split());
        double[] w1 = new double[m];
        double[] w2 = new double[m];
        double[] a = new double[m];
        double[] c = new double[m];
        for (int j = 0; j < m; j += stride) {
            w1[j] = drawn[j / stride][0];
            w2[j] = drawn[j / stride][1];
            a[j] = sigma * rng.nextGaussian();
            c[j] = sigma * rng.nextGaussian();
            if (stride == 2) {
                w1[j + 1] = w1[j];
                w2[j + 1] = w2[j];
                a[j + 1] = -a[j];
                c[j + 1] = -c[j];
            }
        }
        return new FourierFeatureNetwork2D(w1, w2, a, c);
    }

    /**
     * A network with frequencies (w1[j], w2[j]) and output weights a, c (copied); the four arrays
     * must have the same length >= 1 and finite values.
     */
    public static FourierFeatureNetwork2D of(double[] w1, double[] w2, double[] a, double[] c) {
        if (a.length == 0 || w1.length != a.length || w2.length != a.length || c.length != a.length) {
            throw new IllegalArgumentException("w1, w2, a and c must have the same length >= 1, got "
                    + w1.length + ", " + w2.length + ", " + a.length + ", " + c.length);
        }
        for (double[] p : new double[][] {w1, w2, a, c}) {
            for (double v : p) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("network parameters must be finite, got " + v);
                }
            }
        }
        return snapshot(w1, w2, a, c);
    }

    /** A snapshot of the given arrays (copied) with no finiteness check, for a diverged trainer. */
    static FourierFeatureNetwork2D snapshot(double[] w1, double[] w2, double[] a, double[] c) {
        return new FourierFeatureNetwork2D(w1.clone(), w2.clone(), a.clone(), c.clone());
    }

    /** The points of the domain's 2D grid, row-major: points[i1 N + i2] = (x_i1, x_i2) (fresh arrays). */
    public static double[][] gridPoints(Domain domain) {
        if (domain.dimension() != 2) {
            throw new IllegalArgumentException("domain dimension must be 2, got " + domain.dimension());
        }
        double[] axis = domain.axis();
        int n = axis.length;
        double[][] points = new double[n * n][];
        for (int i1 = 0; i1 < n; i1++) {
            for (int i2 = 0; i2 < n; i2++) {
                points[i1 * n + i2] = new double[] {axis[i1], axis[i2]};
            }
        }
        return points;
    }

    /** The width m (number of neurons). */
    public int width() {
        return a.length;
    }

    /** The frequencies as a fresh m x 2 array: frequencies()[j] = (w_j1, w_j2). */
    public double[][] frequencies() {
        double[][] w = new double[a.length][];
        for (int j = 0; j < w.length; j++) {
            w[j] = new double[] {w1[j], w2[j]};
        }
        return w;
    }

    /** The frequency components as a fresh 2 x m array: {w_.1, w_.2}. */
    public double[][] components() {
        return new double[][] {w1.clone(), w2.clone()};
    }

    /** A copy of the cosine output weights a_j. */
    public double[] cosineWeights() {
        return a.clone();
    }

    /** A copy of the sine output weights c_j. */
    public double[] sineWeights() {
        return c.clone();
    }

    /**
     * f at each of {@code points} (points[i] = (x1, x2)), straight from the formula (Math.cos /
     * Math.sin, neurons in index order, 1/sqrt(m) at the end). Returns a fresh array.
     */
    public double[] evaluate(double[][] points) {
        return Features.evaluate(new double[][] {w1, w2}, a, c, points);
    }

    /** f on the domain's 2D grid, row-major (N * N values), by the formula of {@link #evaluate(double[][])}. */
    public double[] evaluate(Domain domain) {
        return evaluate(gridPoints(domain));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FourierFeatureNetwork2D n && Arrays.equals(w1, n.w1) && Arrays.equals(w2, n.w2)
                && Arrays.equals(a, n.a) && Arrays.equals(c, n.c);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new double[][] {w1, w2, a, c});
    }

    @Override
    public String toString() {
        return "FourierFeatureNetwork2D(width=" + a.length + ")";
    }
}
