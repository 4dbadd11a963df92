package org.freqbias.app.model;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.freqbias.app.chart.ChartData;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.session.Session;

/**
 * The 1D lane: publishes {@link ChartData} and the run's {@link Setup}; until the first batch of a
 * run arrives, a PDE result for the same session shows its initialization (the setup is the same
 * deterministic one), and warns when the learning rate is above the kernel's stability limit.
 */
final class LineLane extends Lane<Setup, Snapshot, PdeResult, ChartData> {

    private final LineRunState state = new LineRunState();
    private final ReadOnlyObjectWrapper<Setup> setup = new ReadOnlyObjectWrapper<>(this, "setup");

    LineLane(RunStatus status, Readouts readouts, Messages messages) {
        super(TrainingService.line(), PdeService.line(), status, readouts, messages);
    }

    @Override
    void begin(Setup s) {
        setup.set(s);
        state.begin(s);
    }

    @Override
    boolean started() {
        return state.started();
    }

    @Override
    void record(Snapshot s) {
        state.record(s);
        readouts.snapshot(s.step(), s.time(), s.loss());
    }

    @Override
    int stepOf(Snapshot s) {
        return s.step();
    }

    @Override
    boolean takePde(PdeResult result, long sessionFrom, Session current) {
        if (result.id() < sessionFrom || !state.isNewer(result)) {
            return false;
        }
        if (result.error() != null) {
            messages.error(result.error());
            return false;
        }
        state.show(result);
        readouts.solveMillis(result.millis());
        warnIfUnstable(result.setup().session(), result.maxStableLearningRate(), current);
        readouts.countSolve();
        if (!state.started() && result.setup().session().equals(current)) {
            begin(result.setup());
            record(LineRunState.initialSnapshot(result.setup()));
        }
        return true;
    }

    @Override
    ChartData data(KernelViewSet views) {
        return state.data(setup.get(), views.computed(o -> o.trajectoryFor(setup.get())));
    }

    @Override
    void clearRun() {
        state.clearRun();
    }

    @Override
    void clearAll() {
        state.clearAll();
    }

    /** The setup of the newest 1D run; kept while the session is 2D. */
    ReadOnlyObjectProperty<Setup> setupProperty() {
        return setup.getReadOnlyProperty();
    }
}
