package org.freqbias.core.numeric;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs the parts 0..P-1 of one job at a time: part 0 on the calling thread, the others on P - 1
 * daemon threads owned by this object and released by {@link #close()}. The split into parts is
 * the caller's and fixed, so a job whose parts write disjoint data (summed afterwards in part
 * order) gives results that depend on P but never on timing. Used by one owner thread at a time.
 */
public final class PartRunner implements AutoCloseable {

    private final int parts;
    private final String purpose;
    private final ExecutorService pool;

    /**
     * @param parts   P >= 1; with 1 no thread is started
     * @param purpose names the threads and error messages, e.g. "gradient-descent"
     */
    public PartRunner(int parts, String purpose) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be >= 1, got " + parts);
        }
        this.parts = parts;
        this.purpose = purpose;
        pool = parts == 1 ? null : Executors.newFixedThreadPool(parts - 1, job -> {
            Thread thread = new Thread(job, purpose + "-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** P, the number of parts of every job. */
    public int parts() {
        return parts;
    }

    /** Runs part.accept(t) for every t < P and returns when all are done; rethrows a part's failure. */
    public void run(IntConsumer part) {
        if (pool == null) {
            part.accept(0);
            return;
        }
        if (pool.isShutdown()) {
            throw new IllegalStateException("this " + purpose + " runner was closed");
        }
        Future<?>[] pending = new Future<?>[parts - 1];
        for (int t = 1; t < parts; t++) {
            int index = t;
            pending[t - 1] = pool.submit(() -> part.accept(index));
        }
        try {
            part.accept(0);
        } finally {
            // Never return (or throw) while a worker still writes into the caller's buffers.
            awaitAll(pending);
        }
    }

    private void awaitAll(Future<?>[] pending) {
        boolean interrupted = false;
        Throwable failure = null;
        for (Future<?> job : pending) {
            while (true) {
                try {
                    job.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new IllegalStateException("a " + purpose + " worker failed", failure);
        }
    }

    /** Stops the worker threads; later jobs fail. Idempotent. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
