package org.freqbias.app.model;

import java.util.concurrent.atomic.AtomicReference;
import org.freqbias.core.session.Session;

/**
 * Re-solves the PDE on one background worker ({@link BackgroundWorker}) with latest-wins coalescing: a request
 * replaces any request still waiting, so while a slider is dragged faster than solves finish only
 * the newest configuration is solved. Results go to an outbox the FX thread drains per frame.
 * Sessions of either dimension ({@link PdeResult#solve}).
 */
public final class PdeService implements AutoCloseable {

    private record Request(long id, Session session) {
    }

    private final BackgroundWorker worker;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<PdeResult> outbox = new AtomicReference<>();

    public PdeService() {
        this.worker = new BackgroundWorker("freqbias-pde");
    }

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
        if (r != null) {
            outbox.set(PdeResult.solve(r.id(), r.session()));
        }
    }

    @Override
    public void close() {
        worker.close();
    }
}
