package org.freqbias.app.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.freqbias.core.session.Session;

/**
 * Re-solves the PDE on one background daemon worker with latest-wins coalescing: a request
 * replaces any request still waiting, so while a slider is dragged faster than solves finish only
 * the newest configuration is solved. Results go to an outbox the FX thread drains per frame.
 * {@link #line()} solves 1D sessions, {@link #plane()} 2D ones.
 *
 * @param <R> the result type
 */
public final class PdeService<R> implements AutoCloseable {

    /** One solve, run on the worker; failures are turned into a result, never thrown. */
    @FunctionalInterface
    interface Solver<R> {
        R solve(long id, Session session);
    }

    private record Request(long id, Session session) {
    }

    private final ExecutorService worker;
    private final Solver<R> solver;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<R> outbox = new AtomicReference<>();

    private PdeService(String threadName, Solver<R> solver) {
        this.solver = solver;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Solves 1D sessions ({@link PdeResult#solve}). */
    public static PdeService<PdeResult> line() {
        return new PdeService<>("freqbias-pde", PdeResult::solve);
    }

    /** Solves 2D sessions ({@link PlanePdeResult#solve}). */
    public static PdeService<PlanePdeResult> plane() {
        return new PdeService<>("freqbias-pde-2d", PlanePdeResult::solve);
    }

    /** Queues a solve of {@code session}, replacing any solve not yet started. */
    public void request(long id, Session session) {
        if (pending.getAndSet(new Request(id, session)) == null) {
            worker.execute(this::solveNewest);
        }
    }

    /** The newest finished result since the last call, or null. */
    public R poll() {
        return outbox.getAndSet(null);
    }

    private void solveNewest() {
        Request r = pending.getAndSet(null);
        if (r != null) {
            outbox.set(solver.solve(r.id(), r.session()));
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
