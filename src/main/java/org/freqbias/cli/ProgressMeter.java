package org.freqbias.cli;

import java.io.PrintStream;
import java.util.Locale;

/** Prints "step k/n, steps per second, time left" to stderr at most once a second. */
final class ProgressMeter {

    private static final long PERIOD_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private final int total;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    ProgressMeter(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    void update(int done, double loss) {
        long now = System.nanoTime();
        if (now - lastPrint < PERIOD_NANOS && done < total) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        double left = rate > 0 ? (total - done) / rate : Double.NaN;
        out.printf(Locale.ROOT, "step %d/%d (%.0f%%)  %.0f steps/s  %.1f s left  loss %.4g%n",
                done, total, 100.0 * done / total, rate, left, loss);
    }

    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
