package org.freqbias.core.experiment;

import org.freqbias.core.net.GradientDescent;
import org.freqbias.core.net.TrainingDivergedException;
import org.freqbias.core.session.TrainingSpec;
import org.freqbias.core.spectrum.Spectrum;

/**
 * One training run of a {@link Setup}, advanced snapshot by snapshot. Not thread-safe: one thread
 * owns a run (the CLI's main thread, or the app's trainer thread).
 */
public final class TrainingRun implements AutoCloseable {

    private final Setup setup;
    private final TrainingSpec training;
    private final double[] target;
    private final GradientDescent descent;

    public TrainingRun(Setup setup) {
        this.setup = setup;
        this.training = setup.session().training();
        this.target = setup.target();
        this.descent = new GradientDescent(setup.initialNetwork(), setup.domain(), target, training.learningRate());
    }

    public Setup setup() {
        return setup;
    }

    public int stepsDone() {
        return (int) descent.stepsDone();
    }

    public boolean finished() {
        return stepsDone() >= training.steps();
    }

    /** The snapshot at the current step (step 0 before any {@link #advance}). */
    public Snapshot snapshot() {
        double[] fit = descent.fit();
        int step = stepsDone();
        return new Snapshot(step, training.timeAt(step), descent.loss(), fit,
                Spectrum.of(Residuals.of(fit, target), setup.domain()));
    }

    /**
     * Runs gradient descent to the next multiple of snapshotEvery (or the last step) and returns
     * the snapshot there.
     *
     * @throws TrainingDivergedException when the loss stops being finite
     */
    public Snapshot advance() {
        int every = training.snapshotEvery();
        int next = Math.min(training.steps(), (stepsDone() / every + 1) * every);
        while (stepsDone() < next) {
            descent.step();
        }
        return snapshot();
    }

    /** Runs exactly one gradient-descent step (for the app's Step button) and returns the snapshot. */
    public Snapshot step() {
        if (!finished()) {
            descent.step();
        }
        return snapshot();
    }

    @Override
    public void close() {
        descent.close();
    }
}
