package org.freqbias.core.deep;

import org.freqbias.core.numeric.PartRunner;

/**
 * Forward and backward passes of the raw network net(x) over a fixed set of points, split into
 * {@link #parts(int)} contiguous parts (one {@link PartPass} each) that run on the threads of a
 * {@link PartRunner} owned by this object and released by {@link #close()}. The split depends only
 * on the number of points, and the parts' gradients are added in part order, so results depend
 * neither on the thread count nor on timing: a run on one thread is bit-identical to one on every
 * core. All buffers are allocated here, none per pass.
 */
final class ParallelPass implements AutoCloseable {

    /** Fewest points per part worth a thread. */
    static final int MIN_POINTS_PER_PART = 64;
    /**
     * Most parts: enough to share a pass among 8 threads; each part holds a gradient of every
     * parameter, summed in part order after the pass (0.3 % of the benchmark step at 8 parts).
     */
    static final int MAX_PARTS = 8;
    /** Target size of one chunk's Fourier block, in doubles (256 KiB): it stays in L2 while used. */
    private static final int CHUNK_DOUBLES = 1 << 15;

    private final ParameterLayout layout;
    private final FourierFeatures features;
    private final WeightRows weights;
    private final PartPass[] parts;
    private final PartRunner runner;

    /**
     * @param threads the parts run on at most this many threads (1 = no worker thread)
     * @param chunk   points per chunk inside a part
     */
    ParallelPass(ParameterLayout layout, Activation activation, FourierFeatures features, int threads, int chunk) {
        if (threads < 1 || chunk < 1) {
            throw new IllegalArgumentException("threads and chunk must be >= 1, got " + threads + " and " + chunk);
        }
        this.layout = layout;
        this.features = features;
        weights = new WeightRows(layout);
        int n = features.points();
        int count = parts(n);
        parts = new PartPass[count];
        for (int t = 0; t < count; t++) {
            parts[t] = new PartPass(layout, activation, features, (int) ((long) n * t / count),
                    (int) ((long) n * (t + 1) / count), chunk);
        }
        runner = new PartRunner(count, threads, "deep-network");
    }

    /** The parts a pass over {@code points} points is split into: points / 64, in [1, 8]. */
    static int parts(int points) {
        return Math.max(1, Math.min(MAX_PARTS, points / MIN_POINTS_PER_PART));
    }

    /** One thread per core. */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Points per chunk: a Fourier block of about {@link #CHUNK_DOUBLES} doubles, 8 to 256 points. */
    static int defaultChunk(ParameterLayout layout) {
        return Math.max(8, Math.min(256, CHUNK_DOUBLES / layout.inputWidth(0)));
    }

    /** Writes net(x_i) at {@code params} into out[i] for every point. Only out is modified. */
    void forward(double[] params, double[] out) {
        load(params);
        runner.run(t -> parts[t].forward(weights, out));
    }

    /**
     * With r_i = net(x_i) - offset[i] at {@code params}: writes net(x_i) into out[i], overwrites
     * grad with d/dtheta of Loss = 1/2 sum_i r_i^2 cell and returns Loss. Modifies out and grad.
     */
    double lossGradient(double[] params, double[] offset, double cell, double[] out, double[] grad) {
        load(params);
        runner.run(t -> parts[t].lossGradient(weights, offset, cell, out));
        double squares = 0;
        for (PartPass part : parts) {
            squares += part.squaredResiduals;
        }
        gather(grad);
        return 0.5 * squares * cell;
    }

    @Override
    public void close() {
        runner.close();
    }

    private void load(double[] params) {
        if (params.length != layout.size()) {
            throw new IllegalArgumentException("expected " + layout.size() + " parameters, got " + params.length);
        }
        features.load(params);
        weights.load(params);
    }

    /** grad = the sum of the parts' gradients, in part order. */
    private void gather(double[] grad) {
        System.arraycopy(parts[0].gradient, 0, grad, 0, grad.length);
        for (int t = 1; t < parts.length; t++) {
            double[] part = parts[t].gradient;
            for (int q = 0; q < grad.length; q++) {
                grad[q] += part[q];
            }
        }
    }
}
