package org.freqbias.app.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.freqbias.core.experiment.Prediction;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.pde.PdeTrajectory;
import org.freqbias.core.session.Session;

/**
 * Re-solves the PDE on one background daemon worker with latest-wins coalescing: a request
 * replaces any request still waiting, so while a slider is dragged faster than solves finish only
 * the newest configuration is solved. Results go to an outbox the FX thread drains per frame.
 */
public final class PdeService implements AutoCloseable {

    private record Request(long id, Session session) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "freqbias-pde");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<PdeResult> outbox = new AtomicReference<>();

    /** Queues a solve of {@code session}, replacing any solve not yet started. */
    public void request(long id, Session session) {
        if (pending.getAndSet(new Request(id, session)) == null) {
            worker.execute(this::solveNewest);
        }
    }

    /** The newest finished result since the last call, or null. */
    public PdeResult poll() {
        return outbox.getAndSet(null);
    }

    private void solveNewest() {
        Request r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        long start = System.nanoTime();
        PdeResult result;
        try {
            Setup setup = Setup.of(r.session());
            PdeTrajectory trajectory = Prediction.trajectory(setup, setup.snapshotTimes());
            double millis = (System.nanoTime() - start) * 1e-6;
            result = new PdeResult(r.id(), setup, trajectory, millis, setup.maxStableLearningRate().orElse(Double.NaN), null);
        } catch (RuntimeException e) {
            result = new PdeResult(r.id(), null, null, 0, Double.NaN, "PDE solve failed: " + e.getMessage());
        }
        outbox.set(result);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
