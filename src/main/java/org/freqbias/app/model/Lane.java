package org.freqbias.app.model;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.freqbias.app.chart.ChartData;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.run.RunRecord;
import org.freqbias.core.session.Session;

/**
 * The pipeline from the background to the charts, for sessions of either dimension: the trainer
 * and the PDE worker, the FX-thread state of the run, and the chart data and setup it publishes.
 * Until the first batch of a run arrives, a PDE result for the same session shows the run's
 * initialization (the setup is the same deterministic one); a PDE result warns when the learning
 * rate is above the kernel's stability limit. FX thread only; the workers never block it (they hand
 * over results through their outboxes).
 */
final class Lane implements AutoCloseable {

    private final TrainingService trainer;
    private final PdeService pde;
    private final RunState state = new RunState();
    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<Setup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final RunStatus status;
    private final Readouts readouts;
    private final Messages messages;

    /** @param setups how the workers make a session's setup ({@link Setup#of}; tests inject failures) */
    Lane(RunStatus status, Readouts readouts, Messages messages, Function<Session, Setup> setups) {
        this.trainer = new TrainingService(setups);
        this.pde = new PdeService(setups);
        this.status = status;
        this.readouts = readouts;
        this.messages = messages;
    }

    /** Starts run {@code runId} of {@code session}, dropping any older run. */
    void restart(long runId, Session session, boolean play) {
        trainer.restart(runId, session, play);
    }

    void play(boolean on) {
        trainer.play(on);
    }

    void step() {
        trainer.step();
    }

    void playUntil(long step) {
        trainer.playUntil(step);
    }

    void requestPde(long id, Session session) {
        pde.request(id, session);
    }

    /**
     * Takes the newest batch of the current run and the newest PDE result (see {@link #takePde}).
     *
     * @return true when there is something new to draw
     */
    boolean drain(long sessionFrom, Session current) {
        boolean changed = false;
        TrainingBatch batch = trainer.poll();
        if (batch != null && batch.runId() == status.runId()) {
            changed = take(batch);
        }
        PdeResult result = pde.poll();
        if (result != null) {
            changed |= takePde(result, sessionFrom, current);
        }
        return changed;
    }

    private boolean take(TrainingBatch batch) {
        status.take(batch, messages);
        if (batch.setup() != null) {
            begin(batch.setup());
        }
        if (!state.started()) {
            return false; // a failed setup: nothing to draw
        }
        batch.snapshots().forEach(this::record);
        if (batch.failure() != null) {
            state.failed(batch.failure());
        }
        readouts.stepsPerSecond(batch.stepsPerSecond());
        return true;
    }

    /**
     * Takes a PDE result unless it was solved for a session before the one loaded last (its id
     * below {@code sessionFrom}) or is older than the one shown; a failed solve is reported and the
     * result shown stays. {@code current} is the session now.
     *
     * @return true when there is something new to draw
     */
    private boolean takePde(PdeResult result, long sessionFrom, Session current) {
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
        if (!state.started() && result.setup().session().equals(current)) {
            begin(result.setup());
            record(result.setup().initialSnapshot());
        }
        return true;
    }

    private void begin(Setup s) {
        setup.set(s);
        state.begin(s);
    }

    private void record(Snapshot s) {
        state.record(s);
        readouts.snapshot(s.step(), s.time(), s.loss());
    }

    /** Publishes the chart data of now and its distances (nothing before the run's first snapshot). */
    void publish(KernelFlowSet kernelFlows) {
        ChartData d = state.started() ? state.data(kernelFlows.computedFor(state.setup())) : null;
        if (d != null) {
            readouts.distances(d);
            data.set(d);
        }
    }

    /**
     * Says so, before training starts, when the learning rate of the session just solved for is above
     * {@code limit}, what gradient descent on its kernel can take (NaN: unknown, no warning). Once the
     * run trains (or fails), its own messages have the last word.
     */
    private void warnIfUnstable(Session solved, double limit, Session current) {
        double eta = solved.training().learningRate();
        if (solved.equals(current)) {
            readouts.aboveStabilityLimit(eta > limit);
        }
        if (eta > limit && !status.running() && !status.progressed() && solved.equals(current)) {
            messages.error(String.format(Locale.ROOT, "Learning rate %.4g is above the stability limit %.4g "
                    + "(2 / largest kernel eigenvalue): training will oscillate or diverge. Try %.3g or less.",
                    eta, limit, 0.9 * limit));
        }
    }

    /** The record of the current run so far, or null unless it has trained at least one snapshot interval. */
    RunRecord record() {
        return state.toRecord();
    }

    /** Drops the run's data (a restart); the PDE result stays until a newer one arrives. */
    void clearRun() {
        state.clearRun();
    }

    /** Drops everything (another session). */
    void clearAll() {
        state.clearAll();
    }

    ReadOnlyObjectProperty<ChartData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** The setup of the newest run. */
    ReadOnlyObjectProperty<Setup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    @Override
    public void close() {
        trainer.close();
        pde.close();
    }
}
