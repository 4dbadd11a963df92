package org.freqbias.app.model;

import org.freqbias.app.chart.PlaneChartData;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.PlaneSnapshot;
import org.freqbias.core.session.Session;

/** The 2D lane: publishes {@link PlaneChartData} from the plane trainer and the 2D PDE worker. */
final class PlaneLane extends Lane<PlaneSetup, PlaneSnapshot, PlanePdeResult, PlaneChartData> {

    private final PlaneRunState state = new PlaneRunState();

    PlaneLane(RunStatus status, Readouts readouts, Messages messages) {
        super(TrainingService.plane(), PdeService.plane(), status, readouts, messages);
    }

    @Override
    void begin(PlaneSetup s) {
        state.begin(s);
    }

    @Override
    boolean started() {
        return state.started();
    }

    @Override
    void record(PlaneSnapshot s) {
        state.record(s);
        readouts.snapshot(s.step(), s.time(), s.loss());
    }

    @Override
    int stepOf(PlaneSnapshot s) {
        return s.step();
    }

    /** Unlike 1D, a failed solve is reported even when a newer result is shown already. */
    @Override
    boolean takePde(PlanePdeResult result, long sessionFrom, Session current) {
        if (result.id() < sessionFrom) {
            return false;
        }
        if (result.error() != null) {
            messages.error(result.error());
            return false;
        }
        if (!state.offer(result)) {
            return false;
        }
        readouts.solveMillis(result.millis());
        warnIfUnstable(result.setup().session(), result.maxStableLearningRate(), current);
        readouts.countSolve();
        return true;
    }

    @Override
    PlaneChartData data(KernelViewSet views) {
        return state.data(views.computed(o -> o.trajectoryFor(state.setup())));
    }

    @Override
    void clearRun() {
        state.clearRun();
    }

    @Override
    void clearAll() {
        state.clearAll();
    }
}
