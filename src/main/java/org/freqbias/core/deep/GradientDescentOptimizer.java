package org.freqbias.core.deep;

/** Plain gradient descent theta <- theta - eta * grad, the discretized gradient flow. */
public record GradientDescentOptimizer(double learningRate) implements Optimizer {

    public GradientDescentOptimizer {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be a finite number > 0, got " + learningRate);
        }
    }

    @Override
    public void update(double[] parameters, double[] gradient) {
        for (int q = 0; q < parameters.length; q++) {
            parameters[q] -= learningRate * gradient[q];
        }
    }
}
