package org.freqbias.core.batch;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a batch stands: jobs finished (and how many of them failed) out of all, the fraction of the
 * work done (each job weighted by its estimated seconds) and the time left at the pace so far.
 *
 * @param secondsLeft NaN until some work is done
 */
public record BatchStatus(int finished, int failed, int jobs, double fraction, double elapsedSeconds,
        double secondsLeft) {

    /** "3/18 run(s) done (1 failed), 17%, 42.0 s left": the status as progress lines say it. */
    public String describe() {
        return String.format(Locale.ROOT, "%d/%d run(s) done%s, %.0f%%, %s left", finished, jobs,
                failed > 0 ? " (" + failed + " failed)" : "", 100 * fraction,
                Double.isNaN(secondsLeft) ? "?" : String.format(Locale.ROOT, "%.1f s", Math.max(0, secondsLeft)));
    }

    /** Hears the status; calls come one at a time from job threads. */
    @FunctionalInterface
    public interface Listener {
        void status(BatchStatus status);
    }

    /** Keeps the status from the jobs' reports and tells the listener, throttled to about once a second. */
    static final class Tracker {

        private static final long PERIOD_NANOS = 1_000_000_000L;

        private final double[] weights;
        private final double[] done;
        private final double total;
        private final Listener listener;
        private final long start = System.nanoTime();
        private long lastReport = start;
        private int finished;
        private int failed;

        Tracker(double[] estimatedSeconds, Listener listener) {
            this.weights = Arrays.stream(estimatedSeconds).map(s -> Math.max(s, 1e-3)).toArray();
            this.done = new double[weights.length];
            this.total = Arrays.stream(weights).sum();
            this.listener = listener;
        }

        synchronized void progress(int job, double fraction) {
            done[job] = Math.max(0, Math.min(1, fraction));
            long now = System.nanoTime();
            if (now - lastReport >= PERIOD_NANOS) {
                report(now);
            }
        }

        synchronized void finished(int job, boolean ok) {
            done[job] = 1;
            finished++;
            failed += ok ? 0 : 1;
            report(System.nanoTime());
        }

        private void report(long now) {
            lastReport = now;
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i] * done[i];
            }
            double fraction = total > 0 ? sum / total : 1;
            double elapsed = (now - start) / 1e9;
            double left = fraction > 0 ? elapsed * (1 - fraction) / fraction : Double.NaN;
            listener.status(new BatchStatus(finished, failed, weights.length, fraction, elapsed, left));
        }
    }
}
