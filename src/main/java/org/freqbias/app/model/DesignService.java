package org.freqbias.app.model;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.freqbias.core.design.Design;
import org.freqbias.core.design.InverseDesign;
import org.freqbias.core.design.WantedTimes;
import org.freqbias.core.session.Session;

/**
 * Runs the inverse design ({@link InverseDesign}) on one {@link BackgroundWorker}. A new request
 * cancels the one running (it stops before its next PDE solve) and replaces any still waiting.
 * Progress and results go to outboxes the FX thread drains per frame.
 */
final class DesignService implements AutoCloseable {

    /** A design asked for: the session it was asked on and the wanted shape. */
    record Request(long id, Session session, WantedTimes wanted) {
    }

    /** How far request {@code id} has come: solves done and the residual of the last. */
    record Progress(long id, int solves, double residual) {
    }

    /** A finished request: the design, or the reason it failed (design null). */
    record Outcome(Request request, Design design, String error) {
    }

    private final BackgroundWorker worker = new BackgroundWorker("freqbias-design");
    private final AtomicLong newest = new AtomicLong(-1);
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<Progress> progress = new AtomicReference<>();
    private final AtomicReference<Outcome> outbox = new AtomicReference<>();

    /** Queues a design; the one running stops at its next solve. */
    void request(long id, Session session, WantedTimes wanted) {
        newest.set(id);
        if (pending.getAndSet(new Request(id, session, wanted)) == null) {
            worker.execute(this::designNewest);
        }
    }

    /** The newest progress since the last call, or null. */
    Progress pollProgress() {
        return progress.getAndSet(null);
    }

    /** The newest finished design since the last call, or null. */
    Outcome poll() {
        return outbox.getAndSet(null);
    }

    private void designNewest() {
        Request r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        InverseDesign.Listener listener = new InverseDesign.Listener() {
            @Override
            public void solved(int solves, double residual) {
                progress.set(new Progress(r.id(), solves, residual));
            }

            @Override
            public boolean cancelled() {
                return newest.get() != r.id();
            }
        };
        try {
            outbox.set(new Outcome(r, InverseDesign.design(r.session(), r.wanted(), listener), null));
        } catch (CancellationException e) {
            // a newer request is waiting: it reports
        } catch (RuntimeException e) {
            outbox.set(new Outcome(r, null, e.getMessage()));
        }
    }

    @Override
    public void close() {
        newest.set(Long.MIN_VALUE);
        worker.close();
    }
}
