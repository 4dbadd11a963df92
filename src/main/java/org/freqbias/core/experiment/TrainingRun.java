package org.freqbias.core.experiment;

import org.freqbias.core.net.Trainer;
import org.freqbias.core.session.TrainingSpec;
import org.freqbias.core.spectrum.Spectrum;

/**
 * One training run of a {@link Setup}, advanced snapshot by snapshot. Not thread-safe: one thread
 * owns a run (the CLI's main thread, or the app's trainer thread).
 */
public final class TrainingRun implements SnapshotRun<Snapshot> {

    private final Setup setup;
    private final TrainingSpec training;
    private final double[] target;
    private final Trainer descent;

    public TrainingRun(Setup setup) {
        this.setup = setup;
        this.training = setup.session().training();
        this.target = setup.target();
        this.descent = setup.newTrainer();
    }

    public Setup setup() {
        return setup;
    }

    @Override
    public int stepsDone() {
        return (int) descent.stepsDone();
    }

    @Override
    public boolean finished() {
        return stepsDone() >= training.steps();
    }

    @Override
    public Snapshot snapshot() {
        double[] fit = descent.fit();
        int step = stepsDone();
        return new Snapshot(step, training.timeAt(step), descent.loss(), fit,
                Spectrum.of(Residuals.of(fit, target), setup.domain()));
    }

    @Override
    public Snapshot advance() {
        int next = training.nextSnapshotStep(stepsDone());
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
