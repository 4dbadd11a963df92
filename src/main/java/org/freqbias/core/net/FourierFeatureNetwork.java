package org.freqbias.core.net;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.freqbias.core.dist.FrequencyDraw;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.NetworkSpec;

/**
 * The two-layer Fourier-features network of THEORY.md section 1 on inputs in R^d (d = 1 or 2), in
 * the NTK parametrization:
 *
 * <pre>
 *   f(x) = (1 / sqrt(m)) * sum_j [ a_j cos(w_j . x) + c_j sin(w_j . x) ]
 * </pre>
 *
 * <p>The frequencies are stored as d rows of m components, w[k][j] = component k of w_j, the layout
 * the training kernel takes. An immutable value: the parameter arrays are copied in and out.
 * Training lives in {@link GradientDescent}; the fast arithmetic in {@link StepKernel}.
 */
public final class FourierFeatureNetwork {

    private final double[][] w;
    private final double[] a;
    private final double[] c;

    private FourierFeatureNetwork(double[][] w, double[] a, double[] c) {
        this.w = w;
        this.a = a;
        this.c = c;
    }

    /**
     * Draws a network: the frequency vectors w_j from {@code law} (in the spec's sampling mode,
     * from a generator split off first), then a_j, c_j ~ N(0, sigma_a^2) in the fixed order a, c per
     * drawn neuron, all from {@code new SplittableRandom(seed)}. With {@code spec.zeroInitialOutput()}
     * it draws m/2 neurons and stores each twice, at indices 2k (w, a, c) and 2k+1 (w, -a, -c), so
     * the output is exactly zero at every x (the pairs cancel in any summation that adds them next
     * to each other).
     */
    public static FourierFeatureNetwork initialize(NetworkSpec spec, FrequencyDraw law, long seed) {
        int m = spec.width();
        double sigma = spec.sigmaA();
        SplittableRandom rng = new SplittableRandom(seed);
        int stride = spec.zeroInitialOutput() ? 2 : 1;
        double[][] drawn = law.draw((m + stride - 1) / stride, spec.sampling(), rng.split());
        int d = drawn.length;
        double[][] w = new double[d][m];
        double[] a = new double[m];
        double[] c = new double[m];
        for (int j = 0; j < m; j += stride) {
            for (int k = 0; k < d; k++) {
                w[k][j] = drawn[k][j / stride];
            }
            a[j] = sigma * rng.nextGaussian();
            c[j] = sigma * rng.nextGaussian();
            if (stride == 2) {
                for (int k = 0; k < d; k++) {
                    w[k][j + 1] = w[k][j];
                }
                a[j + 1] = -a[j];
                c[j + 1] = -c[j];
            }
        }
        return new FourierFeatureNetwork(w, a, c);
    }

    /**
     * A network with frequency components {@code w[k][j]} (d = 1 or 2 rows) and output weights a, c
     * (all copied); every row has the same length m >= 1 as a and c, and every value is finite.
     */
    public static FourierFeatureNetwork of(double[][] w, double[] a, double[] c) {
        if (w.length < 1 || w.length > 2) {
            throw new IllegalArgumentException("frequencies need 1 or 2 components (rows), got " + w.length);
        }
        for (double[] component : w) {
            if (a.length == 0 || component.length != a.length || c.length != a.length) {
                throw new IllegalArgumentException("every frequency row, a and c must have the same length >= 1, got "
                        + component.length + ", " + a.length + ", " + c.length);
            }
        }
        double[][] all = Arrays.copyOf(w, w.length + 2);
        all[w.length] = a;
        all[w.length + 1] = c;
        for (double[] p : all) {
            for (double v : p) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("network parameters must be finite, got " + v);
                }
            }
        }
        return snapshot(w, a, c);
    }

    /** A snapshot of the given arrays (copied) with no finiteness check, for a diverged trainer. */
    static FourierFeatureNetwork snapshot(double[][] w, double[] a, double[] c) {
        return new FourierFeatureNetwork(copy(w), a.clone(), c.clone());
    }

    /**
     * Every point of the domain's grid as a d-vector, in {@link Domain#points()} order (2D:
     * row-major, point i1 N + i2 at (x_i1, x_i2)); fresh arrays.
     */
    public static double[][] points(Domain domain) {
        int d = domain.dimension();
        double[] flat = domain.points();
        double[][] points = new double[flat.length / d][];
        for (int i = 0; i < points.length; i++) {
            points[i] = Arrays.copyOfRange(flat, i * d, i * d + d);
        }
        return points;
    }

    /** d, the dimension of the inputs and of each frequency. */
    public int dimension() {
        return w.length;
    }

    /** The width m (number of neurons). */
    public int width() {
        return a.length;
    }

    /** A copy of the frequencies as d rows of m components: frequencies()[k][j] = component k of w_j. */
    public double[][] frequencies() {
        return copy(w);
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
     * f at each of {@code points} (points[i] a d-vector), straight from the formula (Math.cos /
     * Math.sin, neurons summed in index order, scaled by 1/sqrt(m) at the end). Returns a fresh
     * array; {@code points} is not modified.
     */
    public double[] evaluate(double[][] points) {
        for (double[] x : points) {
            if (x.length != w.length) {
                throw new IllegalArgumentException("a " + w.length + "D network takes " + w.length
                        + "-component points, got " + x.length);
            }
        }
        return Features.evaluate(w, a, c, points);
    }

    /** f at every point of the domain's grid ({@link #points(Domain)} order), by the formula of {@link #evaluate(double[][])}. */
    public double[] evaluate(Domain domain) {
        return evaluate(points(domain));
    }

    private static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) {
            out[k] = rows[k].clone();
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FourierFeatureNetwork n
                && Arrays.deepEquals(w, n.w) && Arrays.equals(a, n.a) && Arrays.equals(c, n.c);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.deepHashCode(w) + Arrays.hashCode(a)) + Arrays.hashCode(c);
    }

    @Override
    public String toString() {
        return "FourierFeatureNetwork(d=" + w.length + ", width=" + a.length + ")";
    }
}
