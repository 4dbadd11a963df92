package org.freqbias.core.net;

import org.freqbias.core.grid.Domain;

/**
 * Full-batch gradient descent on Loss = 1/2 sum_i (f(x_i) - g_i)^2 dx^d over the tensor grid of a
 * {@link Domain} of the network's dimension (THEORY.md section 2): theta &lt;- theta - eta grad Loss,
 * for all of w, a, c. Grid arrays follow {@link Domain#points()} (2D: row-major, point (i1, i2) at
 * index i1 N + i2).
 *
 * <p>Mutable, owned by one thread. The steps run in {@link StepKernel} on a fixed split of the
 * neurons (by width alone) over a small pool of daemon threads owned by this object
 * ({@link FusedDescent}), released by {@link #close()}; results depend only on the network, the
 * target and the learning rate, never on the thread count.
 */
public final class GradientDescent implements Trainer {

    private final FusedDescent engine;

    /** The parts each step is split into for a network of {@code width} neurons, whatever the threads (width / 256, in [1, 16]). */
    public static int parts(int width) {
        return FusedDescent.parts(width);
    }

    /** A trainer with one thread per core, at most one per 512 neurons. */
    public GradientDescent(FourierFeatureNetwork initial, Domain domain, double[] targetOnGrid, double learningRate) {
        this(initial, domain, targetOnGrid, learningRate, FusedDescent.defaultThreads(initial.width()));
    }

    /**
     * A trainer from {@code initial} towards {@code targetOnGrid} (g at the grid points, copied) with
     * learning rate eta, running the parts of each step on {@code threads} threads (1 = no pool; the
     * result is the same for any count).
     *
     * @throws IllegalArgumentException when the network's dimension is not the domain's, or the
     *     target, learning rate or thread count is invalid
     */
    public GradientDescent(FourierFeatureNetwork initial, Domain domain, double[] targetOnGrid, double learningRate,
            int threads) {
        engine = new FusedDescent(initial.frequencies(), initial.cosineWeights(), initial.sineWeights(), domain,
                targetOnGrid, learningRate, threads);
    }

    /**
     * One full-batch gradient-descent step. Throws {@link TrainingDivergedException} (and stays
     * diverged) when the new loss or a parameter is not finite.
     */
    @Override
    public void step() {
        engine.step();
    }

    /** Number of steps done. */
    @Override
    public long stepsDone() {
        return engine.stepsDone();
    }

    /** Gradient-flow time t = eta * steps. */
    public double time() {
        return engine.learningRate() * engine.stepsDone();
    }

    /** f on the grid at the current parameters (a fresh array). */
    @Override
    public double[] fit() {
        return engine.fit();
    }

    /** The loss 1/2 sum_i (f(x_i) - g_i)^2 dx^d at the current parameters. */
    @Override
    public double loss() {
        return engine.loss();
    }

    /** False once a step has produced a non-finite loss or parameter. */
    public boolean isFinite() {
        return engine.isFinite();
    }

    /** A snapshot of the current parameters. */
    public FourierFeatureNetwork network() {
        return FourierFeatureNetwork.snapshot(engine.w, engine.a, engine.c);
    }

    /** Stops the worker threads; later steps fail. Idempotent. */
    @Override
    public void close() {
        engine.close();
    }
}
