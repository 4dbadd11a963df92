package org.freqbias.core.numeric;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs the parts 0..P-1 of one job at a time on T threads: the calling thread and T - 1 daemon
 * threads owned by this object and released by {@link #close()}, each taking the next part not yet
 * taken until none is left. The split into parts is the caller's and fixed; when the parts write
 * disjoint data (summed afterwards in part order), the result depends on neither the thread count
 * nor timing, only on P. Used by one owner thread at a time.
 */
public final class PartRunner implements AutoCloseable {

    private final int parts;
    private final int threads;
    private final String purpose;
    private final ExecutorService pool;

    /** One thread per part. */
    public PartRunner(int parts, String purpose) {
        this(parts, parts, purpose);
    }

    /**
     * @param parts   P >= 1
     * @param threads T >= 1, at most P are used; with 1 no thread is started
     * @param purpose names the threads and error messages, e.g. "gradient-descent"
     */
    public PartRunner(int parts, int threads, String purpose) {
        if (parts < 1 || threads < 1) {
            throw new IllegalArgumentException("parts and threads must be >= 1, got " + parts + " and " + threads);
        }
        this.parts = parts;
        this.threads = Math.min(parts, threads);
        this.purpose = purpose;
        pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads - 1, job -> {
            Thread thread = new Thread(job, purpose + "-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** P, the number of parts of every job. */
    public int parts() {
        return parts;
    }

    /** The threads that run them, the caller's included. */
    public int threads() {
        return threads;
    }

    /** Runs part.accept(t) once for every t &lt; P and returns when all are done; rethrows a part's failure. */
    public void run(IntConsumer part) {
        if (pool == null) {
            for (int t = 0; t < parts; t++) {
                part.accept(t);
            }
            return;
        }
        if (pool.isShutdown()) {
            throw new IllegalStateException("this " + purpose + " runner was closed");
        }
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int t = next.getAndIncrement(); t < parts; t = next.getAndIncrement()) {
                part.accept(t);
            }
        };
        Future<?>[] pending = new Future<?>[threads - 1];
        for (int w = 0; w < pending.length; w++) {
            pending[w] = pool.submit(drain);
        }
        try {
            drain.run();
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
