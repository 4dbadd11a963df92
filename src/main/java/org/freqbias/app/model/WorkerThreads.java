package org.freqbias.app.model;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How the app shares the machine's cores with its window: the FX thread (and the renderer) keep a
 * core. The trainer gets the others ({@link #trainingCores()}; the command line trains on all of
 * them). PDE and kernel-flow solves run one at a time per service on a daemon thread of the lowest
 * priority, so they yield to the window and the trainer where the platform honours thread
 * priorities (Windows, macOS; Linux JVMs ignore them unless run with -XX:ThreadPriorityPolicy=1).
 */
final class WorkerThreads {

    private WorkerThreads() {
    }

    /** Threads the trainer may use: all cores but one, at least one. */
    static int trainingCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** A single background worker on a daemon thread named {@code name}, at the lowest priority. */
    static ExecutorService background(String name) {
        return Executors.newSingleThreadExecutor(job -> {
            Thread t = new Thread(job, name);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }
}
