package org.freqbias.cli;

import java.nio.file.Path;
import org.freqbias.core.batch.BatchRunner;
import org.freqbias.core.budget.ResourceEstimate;
import org.freqbias.core.session.Session;

/**
 * One run of a batch ({@code compare}, {@code sweep}) as the {@link BatchRunner} takes it: the
 * session written into its folder by the {@link RunWriter} on the threads the plan gives, its
 * messages prefixed by its name, its progress the fraction of steps done; then {@code after}, on the
 * same thread (a sweep saves the run's record and done marker there, so a finished run is marked at
 * once).
 */
record RunJob(String name, Session session, Path dir, ResourceEstimate estimate, RunWriter.Options options, After after)
        implements BatchRunner.Job<RunWriter.Written> {

    /** What follows a run written without failing. */
    @FunctionalInterface
    interface After {
        void accept(RunWriter.Written written) throws Exception;

        After NOTHING = w -> { };
    }

    @Override
    public RunWriter.Written run(int threads, BatchRunner.Progress progress) throws Exception {
        double steps = session.training().steps();
        RunWriter.Written written = RunWriter.write(session, dir, options.withThreads(threads),
                line -> System.err.println("[" + name + "] " + line), (step, loss) -> progress.done(step / steps));
        after.accept(written);
        return written;
    }
}
