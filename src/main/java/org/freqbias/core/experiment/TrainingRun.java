package org.freqbias.core.experiment;

import org.freqbias.core.spectrum.Spectrum;

/** One training run of a {@link Setup}, advanced snapshot by snapshot ({@link SnapshotRun}). */
public final class TrainingRun extends SnapshotRun<Snapshot> {

    private final Setup setup;
    private final double[] target;

    public TrainingRun(Setup setup) {
        super(setup.session().training(), setup.newTrainer());
        this.setup = setup;
        this.target = setup.target();
    }

    public Setup setup() {
        return setup;
    }

    @Override
    protected Snapshot snapshotOf(int step, double time, double loss, double[] fit) {
        return new Snapshot(step, time, loss, fit, Spectrum.of(Residuals.of(fit, target), setup.domain()));
    }
}
