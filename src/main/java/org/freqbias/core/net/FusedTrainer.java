package org.freqbias.core.net;

/**
 * What the 1D and 2D gradient-descent trainers share: both are thin fronts of one
 * {@link FusedDescent} engine and differ only in how they build it and hand back the network.
 */
public abstract class FusedTrainer implements Trainer {

    final FusedDescent engine;

    FusedTrainer(FusedDescent engine) {
        this.engine = engine;
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

    /** The learning rate eta. */
    public double learningRate() {
        return engine.learningRate();
    }

    /** f on the grid at the current parameters (a fresh array; row-major N * N values in 2D). */
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

    /** Stops the worker threads; later steps fail. Idempotent. */
    @Override
    public void close() {
        engine.close();
    }
}
