package org.freqbias.core.deep;

import java.util.SplittableRandom;
import org.freqbias.core.dist.FrequencyDraw;

/**
 * A multi-layer Fourier-features network (formula in {@link DeepNetworkSpec}), as an immutable
 * value: a spec, a flat parameter vector ({@link ParameterLayout}) and, with zero initial output,
 * the frozen initial parameters theta_0 so that f(x) = net_theta(x) - net_theta0(x).
 *
 * <p>Zero initial output is done by subtracting the frozen initial network rather than by pairing
 * neurons: pairing (a, -a) only cancels at the output layer of a 2-layer model, while the
 * subtraction works at any depth, leaves the gradient (and so the kernel) of net_theta unchanged
 * and costs one extra forward pass per new set of points (the trainer caches it on its grid).
 */
public final class DeepFourierNetwork {

    private final DeepNetworkSpec spec;
    private final ParameterLayout layout;
    private final double[] parameters;
    private final double[] initialParameters;

    private DeepFourierNetwork(DeepNetworkSpec spec, ParameterLayout layout, double[] parameters,
            double[] initialParameters) {
        this.spec = spec;
        this.layout = layout;
        this.parameters = parameters;
        this.initialParameters = initialParameters;
    }

    /**
     * Draws a network with a {@link SplittableRandom} seeded with {@code seed}: the frequency
     * vectors w_j from {@code law} (of the spec's dimension) in the spec's sampling mode, from a
     * generator split off first; then, from the seeded generator itself, hidden weights N(0, 1),
     * hidden biases 0 and output weights N(0, sigmaA^2). The same arguments give the same network,
     * and two laws with one seed give the same hidden and output weights and the same quantiles of
     * each law as frequencies (common random numbers).
     */
    public static DeepFourierNetwork initialize(DeepNetworkSpec spec, FrequencyDraw law, long seed) {
        int d = spec.dimension();
        ParameterLayout layout = new ParameterLayout(spec);
        double[] p = new double[layout.size()];
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] w = law.draw(spec.features(), spec.sampling(), rng.split());
        if (w.length != d) {
            throw new IllegalArgumentException("a " + w.length + "D frequency law needs a network on "
                    + w.length + "D inputs, got dimension " + d);
        }
        for (int j = 0; j < spec.features(); j++) {
            for (int a = 0; a < d; a++) {
                p[j * d + a] = w[a][j];
            }
        }
        int last = layout.denseLayers() - 1;
        for (int l = 0; l <= last; l++) {
            double sd = l == last ? spec.sigmaA() : 1.0;
            int start = layout.weightOffset(l);
            int end = start + layout.inputWidth(l) * layout.outputWidth(l);
            for (int q = start; q < end; q++) {
                p[q] = sd * rng.nextGaussian();
            }
        }
        return new DeepFourierNetwork(spec, layout, p, spec.zeroInitialOutput() ? p.clone() : null);
    }

    /** The same network (and the same frozen theta_0) with the parameter vector {@code theta}. */
    public DeepFourierNetwork withParameters(double[] theta) {
        if (theta.length != layout.size()) {
            throw new IllegalArgumentException("expected " + layout.size() + " parameters, got " + theta.length);
        }
        return new DeepFourierNetwork(spec, layout, theta.clone(), initialParameters);
    }

    public DeepNetworkSpec spec() {
        return spec;
    }

    public ParameterLayout layout() {
        return layout;
    }

    /** A copy of the flat parameter vector theta. */
    public double[] parameters() {
        return parameters.clone();
    }

    /** A copy of the first-layer frequencies, w_j[a] at j d + a. */
    public double[] frequencies() {
        double[] w = new double[layout.features() * layout.dimension()];
        System.arraycopy(parameters, 0, w, 0, w.length);
        return w;
    }

    /**
     * f at n points of R^d, point i at points[i d .. i d + d - 1] (in 1D simply the x values).
     * Returns a new array of length n; {@code points} is not modified.
     */
    public double[] evaluate(double[] points) {
        double[] f = raw(parameters, points);
        double[] f0 = initialOutput(points);
        for (int i = 0; i < f.length; i++) {
            f[i] -= f0[i];
        }
        return f;
    }

    /** net_theta0 at the points when the initial output is subtracted, otherwise zeros. */
    double[] initialOutput(double[] points) {
        return initialParameters != null ? raw(initialParameters, points) : new double[points.length / layout.dimension()];
    }

    /** theta_0 itself (not a copy) when the initial output is subtracted, otherwise null. */
    double[] initialParameters() {
        return initialParameters;
    }

    private double[] raw(double[] theta, double[] points) {
        PointFeatures features = new PointFeatures(layout, points);
        double[] f = new double[features.points()];
        try (ParallelPass pass = new ParallelPass(layout, spec.activation(), features, 1,
                ParallelPass.defaultChunk(layout))) {
            pass.forward(theta, f);
        }
        return f;
    }
}
