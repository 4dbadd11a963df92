package org.freqbias.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Prints "step k/n, steps per second, time left" to stderr at most once a second. Before the first
 * step there is no rate to tell the time left from: such a line says only where the run stands.
 */
final class ProgressMeter {

    private static final long PERIOD_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private final int total;
    private final LongSupplier clock;
    private final long start;
    private long lastPrint;

    ProgressMeter(PrintStream out, int total) {
        this(out, total, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime} */
    ProgressMeter(PrintStream out, int total, LongSupplier clock) {
        this.out = out;
        this.total = total;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPrint = start;
    }

    void update(int done, double loss) {
        long now = clock.getAsLong();
        if (now - lastPrint < PERIOD_NANOS && done < total) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        if (done == 0) {
            out.printf(Locale.ROOT, "step 0/%d (0%%)  loss %.4g%n", total, loss);
            return;
        }
        double rate = done / Math.max(seconds, 1e-9);
        out.printf(Locale.ROOT, "step %d/%d (%.0f%%)  %.0f steps/s  %.1f s left  loss %.4g%n",
                done, total, 100.0 * done / total, rate, (total - done) / rate, loss);
    }
}
