package org.freqbias.app.model;

import java.util.function.Function;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.session.Session;

/**
 * Re-solves the PDE on one background worker with latest-wins coalescing ({@link LatestWins}): while
 * a slider is dragged faster than solves finish only the newest configuration is solved. Results go
 * to an outbox the FX thread drains per frame; a failed solve, out of memory included, is a result
 * with an error and the next request is solved as usual. Sessions of either dimension
 * ({@link PdeResult#solve}).
 */
public final class PdeService implements AutoCloseable {

    private record Request(long id, Session session) {
    }

    private final LatestWins<Request, PdeResult> worker;

    public PdeService() {
        this(Setup::of);
    }

    /** @param setups how a session becomes a setup (tests inject failures here) */
    PdeService(Function<Session, Setup> setups) {
        worker = new LatestWins<>("freqbias-pde", r -> PdeResult.solve(r.id(), r.session(), setups),
                (r, e) -> PdeResult.failed(r.id(), WorkerFailure.describe("PDE solve failed", e)));
    }

    /** Queues a solve of {@code session}, replacing any solve not yet started. */
    public void request(long id, Session session) {
        worker.request(new Request(id, session));
    }

    /** The newest finished result since the last call, or null. */
    public PdeResult poll() {
        return worker.poll();
    }

    @Override
    public void close() {
        worker.close();
    }
}
