package org.freqbias.app.model;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Runs one service's jobs (PDE solves, kernel flows) one at a time, in the background, each confined
 * to a pool of at most {@link WorkerThreads#trainingCores()} threads: the parallel parts of a solve
 * (parallel streams, forked tasks) run in that pool instead of the common one, so background solves
 * leave the window a core as the trainer does. Threads are daemons named after the service
 * ({@code name}, {@code name-solver-k}) at the lowest priority.
 */
final class BackgroundWorker implements AutoCloseable {

    private final ExecutorService serial;
    private final ForkJoinPool solvers;

    BackgroundWorker(String name) {
        serial = Executors.newSingleThreadExecutor(job -> lowPriority(new Thread(job, name)));
        solvers = new ForkJoinPool(WorkerThreads.trainingCores(), pool -> {
            ForkJoinWorkerThread t = new ForkJoinWorkerThread(pool) {
            };
            t.setName(name + "-solver-" + t.getPoolIndex());
            return lowPriority(t);
        }, null, false);
    }

    private static <T extends Thread> T lowPriority(T t) {
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    }

    /** Runs {@code job} after the jobs queued before it, inside the pool. */
    void execute(Runnable job) {
        serial.execute(() -> {
            try {
                solvers.submit(job).join();
            } catch (CancellationException e) {
                if (!solvers.isShutdown()) {
                    throw e;
                }
                // Closed while the job ran (the window closed): the job was cancelled, nothing to report.
            }
        });
    }

    @Override
    public void close() {
        serial.shutdownNow();
        solvers.shutdownNow();
    }
}
