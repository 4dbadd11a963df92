package org.freqbias.core.deep;

/**
 * Adam (Kingma and Ba 2015). At update number s = 1, 2, ..., per parameter:
 * <pre>
 *   m <- beta1 m + (1 - beta1) g,    v <- beta2 v + (1 - beta2) g^2
 *   theta <- theta - eta * (m / (1 - beta1^s)) / (sqrt(v / (1 - beta2^s)) + eps)
 * </pre>
 * so the first update is theta - eta * g / (|g| + eps). Mutable: the moments belong to one
 * parameter vector, whose length is fixed by the first call.
 */
public final class AdamOptimizer implements Optimizer {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double[] first;
    private double[] second;
    private long updates;

    /** Adam with the usual beta1 = 0.9, beta2 = 0.999, eps = 1e-8. */
    public AdamOptimizer(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    public AdamOptimizer(double learningRate, double beta1, double beta2, double epsilon) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be a finite number > 0, got " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta1 and beta2 must lie in [0, 1), got " + beta1 + " and " + beta2);
        }
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a finite number > 0, got " + epsilon);
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void update(double[] parameters, double[] gradient) {
        if (first == null) {
            first = new double[parameters.length];
            second = new double[parameters.length];
        } else if (first.length != parameters.length) {
            throw new IllegalStateException("this Adam instance tracks " + first.length + " parameters, got "
                    + parameters.length + "; use one optimizer per trainer");
        }
        updates++;
        double correction1 = 1 - Math.pow(beta1, updates);
        double correction2 = 1 - Math.pow(beta2, updates);
        for (int q = 0; q < parameters.length; q++) {
            double g = gradient[q];
            first[q] = beta1 * first[q] + (1 - beta1) * g;
            second[q] = beta2 * second[q] + (1 - beta2) * g * g;
            double mHat = first[q] / correction1;
            double vHat = second[q] / correction2;
            parameters[q] -= learningRate * mHat / (Math.sqrt(vHat) + epsilon);
        }
    }

    @Override
    public double learningRate() {
        return learningRate;
    }
}
