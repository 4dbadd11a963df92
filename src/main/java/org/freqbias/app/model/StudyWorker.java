package org.freqbias.app.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.freqbias.core.run.Study;
import org.freqbias.core.run.StudyFiles;
import org.freqbias.core.sweep.SweepRuns;

/**
 * Saves and opens study files, and reads sweep folders, on one background daemon thread, so that
 * the window never waits for the disk; the FX thread takes the outcome once per frame ({@link #poll}). Records are immutable,
 * so a study may be written while the app goes on.
 */
final class StudyWorker implements AutoCloseable {

    /**
     * What a save or an open came to: a study opened or a sweep folder read (each null unless that
     * was asked), the runs saved, or why it failed (else null).
     */
    record Outcome(Path file, Study opened, SweepRuns sweep, int saved, String error) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "freqbias-study");
        t.setDaemon(true);
        return t;
    });
    private final Queue<Outcome> outbox = new ConcurrentLinkedQueue<>();

    /** Writes {@code study} to {@code file} (atomically: a temporary file, then a move). */
    void save(Path file, Study study) {
        worker.execute(() -> {
            try {
                StudyFiles.save(file, study);
                outbox.add(new Outcome(file, null, null, study.runs().size(), null));
            } catch (IOException | RuntimeException e) {
                outbox.add(new Outcome(file, null, null, 0, "Could not save the study " + file + ": " + e.getMessage()));
            }
        });
    }

    /** Reads the study in {@code file}; a damaged one comes back as an error, nothing of it loaded. */
    void open(Path file) {
        worker.execute(() -> {
            try {
                outbox.add(new Outcome(file, StudyFiles.open(file), null, 0, null));
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                outbox.add(new Outcome(file, null, null, 0, "Kept the run list; " + file.getFileName()
                        + " could not be opened as a study: " + e.getMessage()));
            }
        });
    }

    /**
     * Reads the sweep folder {@code dir} (sweep.json, the runs' done markers; nothing is written); a
     * folder that is not a sweep, or a changed or broken file of it, comes back as an error naming
     * the file.
     */
    void openSweep(Path dir) {
        worker.execute(() -> {
            try {
                outbox.add(new Outcome(dir, null, SweepRuns.read(dir), 0, null));
            } catch (IOException | RuntimeException e) {
                outbox.add(new Outcome(dir, null, null, 0, "Could not open the sweep folder " + dir + ": " + e.getMessage()));
            }
        });
    }

    /** The oldest outcome not yet taken, or null. */
    Outcome poll() {
        return outbox.poll();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
