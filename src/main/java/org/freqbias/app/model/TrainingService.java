package org.freqbias.app.model;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.experiment.TrainingRun;
import org.freqbias.core.net.TrainingDivergedException;
import org.freqbias.core.session.Session;

/**
 * Owns the one background daemon thread that trains. The FX thread only enqueues commands (never
 * blocks) and drains {@link #poll()} once per frame; the trainer merges every snapshot into a
 * single {@link AtomicReference} outbox tagged with the run id, so nothing floods the FX queue.
 *
 * <p>A restart cancels the current run at its next snapshot boundary (advance() is the unit of
 * work); anything the old run still publishes carries the old id and is dropped by the reader.
 *
 * <p>A failure of set-up or training ({@link Error}s such as OutOfMemoryError included) ends the
 * run with a batch that says why; after an Error the thread ends (nothing of its state is trusted)
 * and the next command starts a fresh one, so the next session trains.
 *
 * <p>Sessions of either dimension: the run's {@link Setup} says which. The run trains on all cores
 * but one ({@link WorkerThreads#trainingCores()}), so the window keeps a core while training.
 */
public final class TrainingService implements AutoCloseable {

    private sealed interface Command permits Restart, Play, Step, Close {
    }

    private record Restart(long runId, Session session, boolean play) implements Command {
    }

    /** Plays (until the run's step count reaches {@code untilStep}) or pauses. */
    private record Play(boolean on, long untilStep) implements Command {
    }

    private record Step() implements Command {
    }

    private record Close() implements Command {
    }

    private final LinkedBlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<TrainingBatch> outbox = new AtomicReference<>();
    private final Function<Session, Setup> setups;
    private Thread thread;
    private volatile boolean closed;

    // Touched only by the training thread.
    private TrainingRun run;
    private long runId = -1;
    private boolean playing;
    /** Playing stops at the first snapshot whose step count reaches this. */
    private long stopAt = Long.MAX_VALUE;
    private int pendingSteps;

    /** Starts the training thread; it waits for a {@link #restart}. */
    public TrainingService() {
        this(Setup::of);
    }

    /** @param setups how a session becomes a setup (tests inject failures here) */
    TrainingService(Function<Session, Setup> setups) {
        this.setups = setups;
        startThread();
    }

    /** Cancels the current run and starts run {@code id} on a fresh setup of {@code session}. */
    public void restart(long id, Session session, boolean play) {
        send(new Restart(id, session, play));
    }

    public void play(boolean on) {
        send(new Play(on, Long.MAX_VALUE));
    }

    /** Plays until the run has done {@code step} steps (stopping at the first snapshot at or after it), then pauses. */
    public void playUntil(long step) {
        send(new Play(true, step));
    }

    /** Advances the current run by one snapshot interval. */
    public void step() {
        send(new Step());
    }

    /** Queues {@code c}, first replacing the training thread if an Error ended it. */
    private synchronized void send(Command c) {
        commands.add(c);
        if (!closed && !thread.isAlive()) {
            startThread();
        }
    }

    private synchronized void startThread() {
        thread = new Thread(this::loop, "freqbias-trainer");
        thread.setDaemon(true);
        thread.start();
    }

    /** The batch accumulated since the last call, or null; clears the outbox. */
    public TrainingBatch poll() {
        return outbox.getAndSet(null);
    }

    /** Whether the training thread is still running (false soon after {@link #close} or an Error). */
    synchronized boolean threadAlive() {
        return thread.isAlive();
    }

    @Override
    public synchronized void close() {
        closed = true;
        commands.add(new Close());
        thread.interrupt();
    }

    private void loop() {
        while (true) {
            boolean busy = run != null && !run.finished() && (playing || pendingSteps > 0);
            Command c;
            try {
                c = busy ? commands.poll() : commands.take();
            } catch (InterruptedException e) {
                closeRun();
                return;
            }
            if (c instanceof Close) {
                closeRun();
                return;
            }
            try {
                if (c != null) {
                    handle(c);
                } else {
                    advance();
                }
            } catch (RuntimeException e) {
                if (closed) {
                    // close() interrupts a step in progress: the step says so, and the thread ends as asked.
                    closeRun();
                    return;
                }
                fail(e);
            } catch (Error e) {
                fail(e);
                handOver();
                return;
            }
        }
    }

    /** Called by a thread that an Error ends, its run already closed: a fresh thread takes the commands from here. */
    private synchronized void handOver() {
        if (!closed) {
            startThread();
        }
    }

    /** Ends the current run with a batch that says why it stopped. */
    private void fail(Throwable e) {
        boolean started = run != null;
        closeRun();
        String what = started ? "Training stopped" : "Could not set up the run";
        publish(new TrainingBatch(runId, null, List.of(), true, 0, WorkerFailure.describe(what, e)));
    }

    private void handle(Command c) {
        if (c instanceof Restart r) {
            Restart latest = r;
            // Coalesce a burst of restarts (a slider drag): only the newest is set up.
            while (commands.peek() instanceof Restart) {
                latest = (Restart) commands.poll();
            }
            start(latest);
        } else if (c instanceof Play p) {
            playing = p.on() && (run == null || run.stepsDone() < p.untilStep());
            stopAt = p.untilStep();
        } else if (c instanceof Step) {
            pendingSteps++;
        }
    }

    private void start(Restart r) {
        closeRun();
        runId = r.runId();
        playing = r.play();
        stopAt = Long.MAX_VALUE;
        pendingSteps = 0;
        // The setup is made here, on the training thread: drawing a wide network takes a while.
        Setup setup = setups.apply(r.session());
        run = new TrainingRun(setup, WorkerThreads.trainingCores());
        publish(new TrainingBatch(runId, setup, List.of(run.snapshot()), run.finished(), 0, null));
    }

    private void advance() {
        long before = run.stepsDone();
        long start = System.nanoTime();
        try {
            Snapshot s = run.advance();
            double seconds = (System.nanoTime() - start) * 1e-9;
            double rate = seconds > 0 ? (run.stepsDone() - before) / seconds : 0;
            if (pendingSteps > 0) {
                pendingSteps--;
            }
            if (run.stepsDone() >= stopAt) {
                playing = false;
            }
            publish(new TrainingBatch(runId, null, List.of(s), run.finished(), rate, null));
        } catch (TrainingDivergedException e) {
            closeRun();
            publish(new TrainingBatch(runId, null, List.of(), true, 0, "Stopped: " + e.getMessage()));
        }
    }

    private void publish(TrainingBatch batch) {
        outbox.accumulateAndGet(batch, (old, later) -> old == null ? later : old.plus(later));
    }

    private void closeRun() {
        if (run != null) {
            run.close();
            run = null;
        }
    }
}
