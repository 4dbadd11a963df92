package org.freqbias.core.experiment;

/** One training run of a {@link PlaneSetup}, advanced snapshot by snapshot ({@link SnapshotRun}). */
public final class PlaneTrainingRun extends SnapshotRun<PlaneSnapshot> {

    private final PlaneSetup setup;

    public PlaneTrainingRun(PlaneSetup setup) {
        super(setup.session().training(), setup.newTrainer());
        this.setup = setup;
    }

    public PlaneSetup setup() {
        return setup;
    }

    @Override
    protected PlaneSnapshot snapshotOf(int step, double time, double loss, double[] fit) {
        return new PlaneSnapshot(step, time, loss, fit, setup.residualSpectrum(fit));
    }
}
