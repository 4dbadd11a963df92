package org.freqbias.app.model;

/**
 * How the app shares the machine's cores with its window: the FX thread (and the renderer) keep a
 * core. The trainer gets the others ({@link #trainingCores()}; the command line trains on all of
 * them); each background service (PDE, each kernel flow) runs its solves one at a time on as many
 * threads at most ({@link BackgroundWorker}), at the lowest thread priority, which Windows and macOS
 * honour and Linux JVMs ignore by default.
 */
final class WorkerThreads {

    private WorkerThreads() {
    }

    /** Threads the trainer (and each background service) may use: all cores but one, at least one. */
    static int trainingCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
}
