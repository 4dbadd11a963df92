package org.freqbias.app.model;

import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.freqbias.app.chart.RunSeries;
import org.freqbias.core.session.Session;

/**
 * One dimension's pipeline from the background to the charts: its trainer and PDE worker, the
 * FX-thread state of its run, and the chart data it publishes. The model drives the lane of the
 * session's dimension and leaves the other one stopped, so nothing else branches on dimension.
 * FX thread only; the workers never block it (they hand over results through their outboxes).
 *
 * @param <P> the setup type
 * @param <S> the snapshot type
 * @param <R> the PDE result type
 * @param <D> the chart data type
 */
abstract class Lane<P, S, R, D extends RunSeries> implements AutoCloseable {

    private final TrainingService<P, S> trainer;
    private final PdeService<R> pde;
    private final ReadOnlyObjectWrapper<D> data = new ReadOnlyObjectWrapper<>(this, "data");
    final RunStatus status;
    final Readouts readouts;
    final Messages messages;

    Lane(TrainingService<P, S> trainer, PdeService<R> pde, RunStatus status, Readouts readouts, Messages messages) {
        this.trainer = trainer;
        this.pde = pde;
        this.status = status;
        this.readouts = readouts;
        this.messages = messages;
    }

    // ---- what differs by dimension ----

    /** Fresh run state for a run of {@code setup}. */
    abstract void begin(P setup);

    /** True once the run's setup is known. */
    abstract boolean started();

    /** Adds {@code s} to the run state and the readouts. */
    abstract void record(S s);

    /** The training step {@code s} was taken at. */
    abstract int stepOf(S s);

    /**
     * Takes a PDE result unless it was solved for a session before the one loaded last (its id
     * below {@code sessionFrom}) or is stale; {@code current} is the session now.
     *
     * @return true when there is something new to draw
     */
    abstract boolean takePde(R result, long sessionFrom, Session current);

    /** What the charts draw now with the views computed for this run, or null before its first snapshot. */
    abstract D data(KernelViewSet views);

    /** Drops the run's data (a restart); the PDE result stays until a newer one arrives. */
    abstract void clearRun();

    /** Drops everything (another session). */
    abstract void clearAll();

    // ---- the same in both dimensions ----

    /** Starts run {@code runId} of {@code session}, dropping any older run. */
    void restart(long runId, Session session, boolean play) {
        trainer.restart(runId, session, play);
    }

    /** Stops the trainer, freeing a run left behind. */
    void stop() {
        trainer.stop();
    }

    void play(boolean on) {
        trainer.play(on);
    }

    void step() {
        trainer.step();
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
        TrainingBatch<P, S> batch = trainer.poll();
        if (batch != null && batch.runId() == status.runId()) {
            changed = take(batch);
        }
        R result = pde.poll();
        if (result != null) {
            changed |= takePde(result, sessionFrom, current);
        }
        return changed;
    }

    private boolean take(TrainingBatch<P, S> batch) {
        status.take(batch, this::stepOf, messages);
        if (batch.setup() != null) {
            begin(batch.setup());
        }
        if (!started()) {
            return false; // a failed setup: nothing to draw
        }
        batch.snapshots().forEach(this::record);
        readouts.stepsPerSecond(batch.stepsPerSecond());
        return true;
    }

    /** Publishes the chart data of now and its distances (nothing before the run's first snapshot). */
    void publish(KernelViewSet views) {
        D d = started() ? data(views) : null;
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
    final void warnIfUnstable(Session solved, double limit, Session current) {
        double eta = solved.training().learningRate();
        if (eta > limit && !status.running() && !status.progressed() && solved.equals(current)) {
            messages.error(String.format(Locale.ROOT, "Learning rate %.4g is above the stability limit %.4g "
                    + "(2 / largest kernel eigenvalue): training will oscillate or diverge. Try %.3g or less.",
                    eta, limit, 0.9 * limit));
        }
    }

    ReadOnlyObjectProperty<D> dataProperty() {
        return data.getReadOnlyProperty();
    }

    @Override
    public void close() {
        trainer.close();
        pde.close();
    }
}
