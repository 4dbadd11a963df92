package org.freqbias.core.session;

/** Full-batch gradient descent: learning rate eta, number of steps, seed, snapshot period in steps. */
public record TrainingSpec(double learningRate, int steps, long seed, int snapshotEvery) {

    public static final int MAX_STEPS = 10_000_000;

    public TrainingSpec {
        SpecChecks.positive("training.learningRate", learningRate);
        SpecChecks.intRange("training.steps", steps, 1, MAX_STEPS);
        SpecChecks.intRange("training.snapshotEvery", snapshotEvery, 1, MAX_STEPS);
    }

    /** Gradient-flow time reached after {@code step} steps: t = eta * step. */
    public double timeAt(long step) {
        return learningRate * step;
    }

    public TrainingSpec withSteps(int newSteps) {
        return new TrainingSpec(learningRate, newSteps, seed, snapshotEvery);
    }

    public TrainingSpec withSeed(long newSeed) {
        return new TrainingSpec(learningRate, steps, newSeed, snapshotEvery);
    }
}
