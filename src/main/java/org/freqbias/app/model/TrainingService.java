package org.freqbias.app.model;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
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
 * <p>Sessions of either dimension: the run's {@link Setup} says which. The run trains on all cores
 * but one ({@link WorkerThreads#trainingCores()}), so the window keeps a core while training.
 */
public final class TrainingService implements AutoCloseable {

    private sealed interface Command permits Restart, Play, Step, Close {
    }

    private record Restart(long runId, Session session, boolean play) implements Command {
    }

    private record Play(boolean on) implements Command {
    }

    private record Step() implements Command {
    }

    private record Close() implements Command {
    }

    private final LinkedBlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<TrainingBatch> outbox = new AtomicReference<>();
    private final Thread thread;

    // Touched only by the training thread.
    private TrainingRun run;
    private long runId = -1;
    private boolean playing;
    private int pendingSteps;

    /** Starts the training thread; it waits for a {@link #restart}. */
    public TrainingService() {
        thread = new Thread(this::loop, "freqbias-trainer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Cancels the current run and starts run {@code id} on a fresh setup of {@code session}. */
    public void restart(long id, Session session, boolean play) {
        commands.add(new Restart(id, session, play));
    }

    public void play(boolean on) {
        commands.add(new Play(on));
    }

    /** Advances the current run by one snapshot interval. */
    public void step() {
        commands.add(new Step());
    }

    /** The batch accumulated since the last call, or null; clears the outbox. */
    public TrainingBatch poll() {
        return outbox.getAndSet(null);
    }

    /** Whether the training thread is still running (false soon after {@link #close}). */
    boolean threadAlive() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        commands.add(new Close());
        thread.interrupt();
    }

    private void loop() {
        try {
            while (true) {
                boolean busy = run != null && !run.finished() && (playing || pendingSteps > 0);
                Command c = busy ? commands.poll() : commands.take();
                if (c instanceof Close) {
                    return;
                } else if (c != null) {
                    handle(c);
                } else {
                    advance();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeRun();
        }
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
            playing = p.on();
        } else if (c instanceof Step) {
            pendingSteps++;
        }
    }

    private void start(Restart r) {
        closeRun();
        runId = r.runId();
        playing = r.play();
        pendingSteps = 0;
        try {
            // The setup is made here, on the training thread: drawing a wide network takes a while.
            Setup setup = Setup.of(r.session());
            run = new TrainingRun(setup, WorkerThreads.trainingCores());
            publish(new TrainingBatch(runId, setup, List.of(run.snapshot()), run.finished(), 0, null));
        } catch (RuntimeException e) {
            closeRun();
            publish(new TrainingBatch(runId, null, List.of(), true, 0, "Could not set up the run: " + e.getMessage()));
        }
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
