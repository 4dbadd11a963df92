package org.freqbias.core.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.freqbias.core.budget.ResourceEstimate;

/**
 * Runs several jobs (sessions) at once on the local cores, each on a share of the threads, and
 * tells every job's outcome: a job that fails (bad input, divergence, a bug) does not stop the
 * others. How many run at once is planned before any starts ({@link #plan}): at most the jobs
 * asked for, and no more than the memory the jobs' {@link ResourceEstimate}s say fits. Progress is
 * reported as a {@link BatchStatus}, weighted by each job's estimated seconds.
 */
public final class BatchRunner {

    /** One job: its name for messages, its estimate, and its work on a given number of threads. */
    public interface Job<T> {

        String name();

        /** What the job will cost; plans the batch and weighs its progress. */
        ResourceEstimate estimate();

        /**
         * Does the work on at most {@code threads} threads, telling {@code progress} the fraction done.
         *
         * @return the job's result (a failure is thrown)
         */
        T run(int threads, Progress progress) throws Exception;
    }

    /** The fraction of a job done, in [0, 1]; called from the job's thread. */
    @FunctionalInterface
    public interface Progress {
        void done(double fraction);
    }

    /** What a job gave: its value, or what it failed with. */
    public record Outcome<T>(String name, T value, Throwable failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /**
     * How a batch runs: {@code jobs} at once, each on {@code threadsPerJob} threads; {@code limit}
     * says what bounded the jobs ("the jobs asked for", "memory", ...).
     */
    public record Plan(int jobs, int threadsPerJob, String limit) {
    }

    private BatchRunner() {
    }

    /**
     * The plan for jobs with these estimates: at most {@code requested} at once (and at most one
     * per job), fewer while the largest ones running together would exceed
     * {@link ResourceEstimate#HEAP_SHARE} of {@code maxHeap}; each gets {@code cores} / jobs threads,
     * at least one.
     */
    public static Plan plan(List<ResourceEstimate> estimates, int requested, int cores, long maxHeap) {
        if (requested < 1 || cores < 1) {
            throw new IllegalArgumentException("jobs and cores must be >= 1, got " + requested + " and " + cores);
        }
        int jobs = Math.max(1, Math.min(requested, estimates.size()));
        String limit = jobs < requested ? "the number of sessions" : "the jobs asked for";
        List<Long> largest = estimates.stream().map(ResourceEstimate::totalBytes).sorted(Comparator.reverseOrder()).toList();
        while (jobs > 1 && largest.subList(0, jobs).stream().mapToLong(Long::longValue).sum()
                > ResourceEstimate.HEAP_SHARE * maxHeap) {
            jobs--;
            limit = "memory";
        }
        return new Plan(jobs, Math.max(1, cores / jobs), limit);
    }

    /**
     * Runs every job under {@code plan}; {@code status} hears how the batch goes (from job threads,
     * one call at a time, at most about once a second and whenever a job ends).
     *
     * @return one outcome per job, in the order given
     * @throws InterruptedException when the calling thread is interrupted (running jobs are interrupted too)
     */
    public static <T> List<Outcome<T>> run(List<? extends Job<T>> jobs, Plan plan, BatchStatus.Listener status)
            throws InterruptedException {
        BatchStatus.Tracker tracker = new BatchStatus.Tracker(
                jobs.stream().mapToDouble(j -> j.estimate().seconds()).toArray(), status);
        ExecutorService pool = Executors.newFixedThreadPool(plan.jobs(), work -> {
            Thread t = new Thread(work, "batch-job");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome<T>>> pending = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                Job<T> job = jobs.get(i);
                int index = i;
                pending.add(pool.submit(() -> {
                    Outcome<T> outcome;
                    try {
                        outcome = new Outcome<>(job.name(), job.run(plan.threadsPerJob(), f -> tracker.progress(index, f)), null);
                    } catch (Throwable t) {       // any failure is this job's, reported with its name
                        outcome = new Outcome<>(job.name(), null, t);
                    }
                    tracker.finished(index, outcome.ok());
                    return outcome;
                }));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> f : pending) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a batch job escaped its own handler", e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
