package org.freqbias.app.model;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One background worker ({@link BackgroundWorker}: low priority, its parallel parts in a pool that
 * leaves the window a core) with latest-wins coalescing: a request replaces any request still
 * waiting, so while requests come faster than the work finishes only the newest is worked on (at
 * most one runs and one waits). Results go to an outbox that the FX thread drains once per frame.
 * A failure of the work, {@link Error}s such as OutOfMemoryError included, becomes a result through
 * {@code failure}; after an Error nothing of the worker's threads is trusted, so a fresh worker
 * serves the next request.
 *
 * @param <Q> a request
 * @param <R> its result (or the failure's)
 */
final class LatestWins<Q, R> implements AutoCloseable {

    private final Function<Q, R> work;
    private final BiFunction<Q, Throwable, R> failure;
    private final String threadName;
    private BackgroundWorker worker; // guarded by this: replaced after an Error
    private final AtomicReference<Q> pending = new AtomicReference<>();
    private final AtomicReference<R> outbox = new AtomicReference<>();

    /**
     * @param work    what a request asks for, on the worker thread
     * @param failure the result that reports a request whose work threw
     */
    LatestWins(String threadName, Function<Q, R> work, BiFunction<Q, Throwable, R> failure) {
        this.work = work;
        this.failure = failure;
        this.threadName = threadName;
        this.worker = new BackgroundWorker(threadName);
    }

    /** Queues {@code request}, replacing any request not yet started. */
    void request(Q request) {
        if (pending.getAndSet(request) == null) {
            schedule();
        }
    }

    private synchronized void schedule() {
        worker.execute(this::workOnNewest);
    }

    /** The newest finished result since the last call, or null. */
    R poll() {
        return outbox.getAndSet(null);
    }

    private void workOnNewest() {
        Q request = pending.getAndSet(null);
        if (request == null) {
            return;
        }
        try {
            outbox.set(work.apply(request));
        } catch (RuntimeException e) {
            outbox.set(failure.apply(request, e));
        } catch (Error e) {
            outbox.set(failure.apply(request, e));
            replaceWorker();
        }
    }

    /**
     * A fresh worker for what comes next; the old one is shut down (a job queued on it is dropped,
     * so a request waiting is scheduled again on the new one).
     */
    private synchronized void replaceWorker() {
        BackgroundWorker old = worker;
        worker = new BackgroundWorker(threadName);
        old.close();
        if (pending.get() != null) {
            worker.execute(this::workOnNewest);
        }
    }

    @Override
    public synchronized void close() {
        worker.close();
    }
}
