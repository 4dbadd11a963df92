package org.freqbias.core.experiment;

import org.freqbias.core.net.Trainer;
import org.freqbias.core.session.TrainingSpec;

/** One training run of a {@link PlaneSetup}, advanced snapshot by snapshot (the 2D {@link TrainingRun}). */
public final class PlaneTrainingRun implements SnapshotRun<PlaneSnapshot> {

    private final PlaneSetup setup;
    private final TrainingSpec training;
    private final Trainer descent;

    public PlaneTrainingRun(PlaneSetup setup) {
        this.setup = setup;
        this.training = setup.session().training();
        this.descent = setup.newTrainer();
    }

    public PlaneSetup setup() {
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
    public PlaneSnapshot snapshot() {
        double[] fit = descent.fit();
        int step = stepsDone();
        return new PlaneSnapshot(step, training.timeAt(step), descent.loss(), fit, setup.residualSpectrum(fit));
    }

    @Override
    public PlaneSnapshot advance() {
        int next = training.nextSnapshotStep(stepsDone());
        while (stepsDone() < next) {
            descent.step();
        }
        return snapshot();
    }

    @Override
    public void close() {
        descent.close();
    }
}
