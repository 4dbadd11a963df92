package org.freqbias.core.net;

/**
 * A network being trained full batch on a fixed grid, owned by one thread. The experiment layer
 * drives the 2-layer model ({@link GradientDescent}) and the deep one through this.
 */
public interface Trainer extends AutoCloseable {

    /**
     * One optimizer step.
     *
     * @throws TrainingDivergedException when the loss or a parameter stops being finite
     */
    void step();

    long stepsDone();

    /** f at the grid points at the current parameters (a fresh array). */
    double[] fit();

    /** 1/2 sum (f - g)^2 dx^d at the current parameters. */
    double loss();

    /** Releases worker threads, if any; idempotent. */
    @Override
    default void close() {
    }
}
