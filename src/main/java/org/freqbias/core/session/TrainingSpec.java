package org.freqbias.core.session;

/**
 * Full-batch training: learning rate eta, number of steps, seed, snapshot period in steps, and the
 * optimizer (gradient descent, or Adam for deep networks; time is t = eta * step either way).
 */
public record TrainingSpec(double learningRate, int steps, long seed, int snapshotEvery, Optimizer optimizer) {

    /** How parameters are updated. */
    public enum Optimizer { GD, ADAM }

    public static final int MAX_STEPS = 10_000_000;

    public TrainingSpec {
        SpecChecks.positive("training.learningRate", learningRate);
        SpecChecks.intRange("training.steps", steps, 1, MAX_STEPS);
        SpecChecks.intRange("training.snapshotEvery", snapshotEvery, 1, MAX_STEPS);
        java.util.Objects.requireNonNull(optimizer, "optimizer");
    }

    /** Plain gradient descent. */
    public TrainingSpec(double learningRate, int steps, long seed, int snapshotEvery) {
        this(learningRate, steps, seed, snapshotEvery, Optimizer.GD);
    }

    /** Gradient-flow time reached after {@code step} steps: t = eta * step. */
    public double timeAt(long step) {
        return learningRate * step;
    }

    /** Gradient-flow times of every snapshot of a full run: t = eta * step, step = 0, k, 2k, ..., steps. */
    public double[] snapshotTimes() {
        double[] t = new double[snapshotCount()];
        for (int i = 0; i < t.length; i++) {
            t[i] = snapshotTime(i);
        }
        return t;
    }

    /** Snapshots of a full run, ceil(steps / snapshotEvery) + 1 (step 0 and the last step included). */
    public int snapshotCount() {
        return (steps + snapshotEvery - 1) / snapshotEvery + 1;
    }

    /** Time of snapshot {@code i} of a full run: eta * min(i snapshotEvery, steps). */
    public double snapshotTime(int i) {
        return timeAt(Math.min((long) i * snapshotEvery, steps));
    }

    /** Time at the end of a full run, eta * steps. */
    public double totalTime() {
        return timeAt(steps);
    }

    /** The step of the next snapshot after {@code step}: the next multiple of snapshotEvery, at most steps. */
    public int nextSnapshotStep(int step) {
        return (int) Math.min(steps, ((long) step / snapshotEvery + 1) * snapshotEvery);
    }

    public TrainingSpec withSteps(int newSteps) {
        return new TrainingSpec(learningRate, newSteps, seed, snapshotEvery, optimizer);
    }

    public TrainingSpec withSeed(long newSeed) {
        return new TrainingSpec(learningRate, steps, newSeed, snapshotEvery, optimizer);
    }
}
