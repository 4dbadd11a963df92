package org.freqbias.core.net;

import org.freqbias.core.grid.Domain;

/**
 * Full-batch gradient descent on Loss = 1/2 sum_i (f(x_i) - g_i)^2 dx^2 over the 2D grid of a
 * {@link Domain} (THEORY.md section 2): theta &lt;- theta - eta grad Loss, for all of w, a, c.
 *
 * <p>Mutable, owned by one thread. The steps run in {@link StepKernel} on a fixed split of the
 * neurons over a small pool of daemon threads owned by this object, released by {@link #close()};
 * results depend only on the seed and the thread count. Same engine and method set as the 1D
 * {@link GradientDescent}; grid arrays are row-major (point (i1, i2) at index i1 N + i2).
 */
public final class GradientDescent2D implements AutoCloseable {

    private final FusedDescent engine;

    /** A trainer with one thread per core, at most one per 512 neurons. */
    public GradientDescent2D(FourierFeatureNetwork2D initial, Domain domain, double[] targetOnGrid, double learningRate) {
        this(initial, domain, targetOnGrid, learningRate, FusedDescent.defaultThreads(initial.width()));
    }

    /**
     * A trainer from {@code initial} towards {@code targetOnGrid} (g at (x_i1, x_i2) on the row-major grid, copied) with
     * learning rate eta, splitting the neurons over {@code threads} threads (1 = no pool).
     */
    public GradientDescent2D(FourierFeatureNetwork2D initial, Domain domain, double[] targetOnGrid, double learningRate,
            int threads) {
        if (domain.dimension() != 2) {
            throw new IllegalArgumentException("GradientDescent2D trains the 2D network: domain dimension must be 2, got "
                    + domain.dimension());
        }
        engine = new FusedDescent(initial.components(), initial.cosineWeights(),
                initial.sineWeights(), domain, targetOnGrid, learningRate, threads);
    }

    /**
     * One full-batch gradient-descent step. Throws {@link TrainingDivergedException} (and stays
     * diverged) when the new loss or a parameter is not finite.
     */
    public void step() {
        engine.step();
    }

    /** Number of steps done. */
    public long stepsDone() {
        return engine.stepsDone();
    }

    /** Gradient-flow time t = eta * steps. */
    public double time() {
        return engine.learningRate() * engine.stepsDone();
    }

    /** The learning rate eta. */
    public double learningRate() {
        return engine.learningRate();
    }

    /** f on the grid at the current parameters (a fresh row-major array of N * N values). */
    public double[] fit() {
        return engine.fit();
    }

    /** The loss 1/2 sum_i (f(x_i) - g_i)^2 dx^2 at the current parameters. */
    public double loss() {
        return engine.loss();
    }

    /** False once a step has produced a non-finite loss or parameter. */
    public boolean isFinite() {
        return engine.isFinite();
    }

    /** A snapshot of the current parameters. */
    public FourierFeatureNetwork2D network() {
        return FourierFeatureNetwork2D.snapshot(engine.w[0], engine.w[1], engine.a, engine.c);
    }

    /** Stops the worker threads; later steps fail. Idempotent. */
    @Override
    public void close() {
        engine.close();
    }
}
