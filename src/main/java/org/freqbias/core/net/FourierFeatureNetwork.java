package org.freqbias.core.net;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.FrequencySampler;
import org.freqbias.core.session.NetworkSpec;

/**
 * The 1D two-layer Fourier-features network of THEORY.md section 1, in the NTK parametrization:
 *
 * <pre>
 *   f(x) = (1 / sqrt(m)) * sum_j [ a_j cos(w_j x) + c_j sin(w_j x) ]
 * </pre>
 *
 * <p>An immutable value: the parameter arrays are copied in and out. Training lives in
 * {@link GradientDescent}; the fast arithmetic in {@link StepKernel}.
 */
public final class FourierFeatureNetwork {

    private final double[] w;
    private final double[] a;
    private final double[] c;

    private FourierFeatureNetwork(double[] w, double[] a, double[] c) {
        this.w = w;
        this.a = a;
        this.c = c;
    }

    /**
     * Draws a network: w_j ~ rho (by {@link FrequencySampler} in the spec's sampling mode, from a
     * generator split off first), then a_j, c_j ~ N(0, sigma_a^2) in the fixed order a, c per drawn
     * neuron, all from {@code new SplittableRandom(seed)}. With {@code spec.zeroInitialOutput()} it
     * draws m/2 triples and stores each twice, at indices 2k (w, a, c) and 2k+1 (w, -a, -c), so the
     * output is exactly zero at every x (the pairs cancel in any summation that adds them next to
     * each other).
     */
    public static FourierFeatureNetwork initialize(NetworkSpec spec, FrequencyDistribution rho, long seed) {
        int m = spec.width();
        double sigma = spec.sigmaA();
        SplittableRandom rng = new SplittableRandom(seed);
        int stride = spec.zeroInitialOutput() ? 2 : 1;
        double[] drawn = FrequencySampler.draw(rho, (m + stride - 1) / stride, spec.sampling(), rng.split());
        double[] w = new double[m];
        double[] a = new double[m];
        double[] c = new double[m];
        for (int j = 0; j < m; j += stride) {
            w[j] = drawn[j / stride];
            a[j] = sigma * rng.nextGaussian();
            c[j] = sigma * rng.nextGaussian();
            if (stride == 2) {
                w[j + 1] = w[j];
                a[j + 1] = -a[j];
                c[j + 1] = -c[j];
            }
        }
        return new FourierFeatureNetwork(w, a, c);
    }

    /** A network with the given parameters (copied); the three arrays must have the same length >= 1. */
    public static FourierFeatureNetwork of(double[] w, double[] a, double[] c) {
        if (w.length == 0 || w.length != a.length || w.length != c.length) {
            throw new IllegalArgumentException("w, a and c must have the same length >= 1, got "
                    + w.length + ", " + a.length + ", " + c.length);
        }
        for (double[] p : new double[][] {w, a, c}) {
            for (double v : p) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("network parameters must be finite, got " + v);
                }
            }
        }
        return new FourierFeatureNetwork(w.clone(), a.clone(), c.clone());
    }

    /** A snapshot of the given arrays (copied) with no finiteness check, for a diverged trainer. */
    static FourierFeatureNetwork snapshot(double[] w, double[] a, double[] c) {
        return new FourierFeatureNetwork(w.clone(), a.clone(), c.clone());
    }

    /** The width m (number of neurons). */
    public int width() {
        return w.length;
    }

    /** A copy of the frequencies w_j. */
    public double[] frequencies() {
        return w.clone();
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
     * f at each point of {@code xs}, straight from the formula (Math.cos / Math.sin, neurons summed
     * in index order, scaled by 1/sqrt(m) at the end). Returns a fresh array; {@code xs} is not modified.
     */
    public double[] evaluate(double[] xs) {
        return evaluate(w, a, c, xs);
    }

    /** The formula of {@link #evaluate(double[])} for raw parameter arrays (not modified). */
    static double[] evaluate(double[] w, double[] a, double[] c, double[] xs) {
        return Features.evaluate(new double[][] {w}, a, c, Features.points(xs));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FourierFeatureNetwork n
                && Arrays.equals(w, n.w) && Arrays.equals(a, n.a) && Arrays.equals(c, n.c);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(w) + Arrays.hashCode(a)) + Arrays.hashCode(c);
    }

    @Override
    public String toString() {
        return "FourierFeatureNetwork(width=" + w.length + ")";
    }
}
