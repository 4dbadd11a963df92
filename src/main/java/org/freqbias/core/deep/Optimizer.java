package org.freqbias.core.deep;

/**
 * One update rule theta <- theta - (step from the gradient). Implementations may keep state across
 * calls (Adam's moments), so each trainer needs its own instance.
 */
public interface Optimizer {

    /** Updates {@code parameters} in place from {@code gradient}; the gradient is not modified. */
    void update(double[] parameters, double[] gradient);

    /** eta; training time is t = eta * step. */
    double learningRate();
}
