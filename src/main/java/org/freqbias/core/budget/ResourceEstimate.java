package org.freqbias.core.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.freqbias.core.session.Session;

/**
 * What a run of a session will cost, from the session alone, before any work: the memory of each
 * part ({@link MemoryModel}), the seconds ({@link TimeModel}) and the size of the CSV output. An
 * estimate, good to a small factor (see ResourceEstimateTest for how close), meant to refuse what
 * cannot fit and to warn about what takes long, never to be exact.
 *
 * @param items       memory held at the same time, largest parts of a run, each with the knob that shrinks it
 * @param seconds     estimated wall-clock seconds of the whole run
 * @param outputBytes estimated size of the files a headless run writes
 */
public record ResourceEstimate(List<Item> items, double seconds, long outputBytes) {

    /** Runs longer than this get a warning. */
    public static final double LONG_SECONDS = 60;
    /** Output larger than this gets a warning. */
    public static final long LARGE_OUTPUT_BYTES = 100_000_000L;
    /** Share of the heap an estimate may fill: the JVM, the app and the estimate's slack need the rest. */
    public static final double HEAP_SHARE = 0.8;

    /** One part of the memory: what it is, its bytes, and the session key (or option) that shrinks it. */
    public record Item(String what, long bytes, String knob) {
    }

    /**
     * Extra work a run may be asked for on top of training and the PDE, and where it runs.
     *
     * @param kernelViews the kernel flows built beside the PDE
     * @param interactive true for the app: it keeps the PDE and each kernel flow at the bounded
     *     {@link org.freqbias.core.experiment.Setup#keptTimes} and writes no CSV; false for a headless
     *     run, which reads a 2D PDE at every snapshot time and writes spectra.csv
     */
    public record Extras(int kernelViews, boolean interactive) {
        public static final Extras NONE = new Extras(0);

        /** A headless run with {@code kernelViews} kernel flows. */
        public Extras(int kernelViews) {
            this(kernelViews, false);
        }

        /** The app, with {@code kernelFlows} kernel flows shown. */
        public static Extras app(int kernelFlows) {
            return new Extras(kernelFlows, true);
        }
    }

    public ResourceEstimate {
        items = List.copyOf(items);
    }

    /** The estimate of a run of {@code session} with the given extras. */
    public static ResourceEstimate of(Session session, Extras extras) {
        return new ResourceEstimate(MemoryModel.items(session, extras), TimeModel.seconds(session, extras),
                OutputModel.bytes(session, extras));
    }

    /** Bytes of all items together. */
    public long totalBytes() {
        return items.stream().mapToLong(Item::bytes).sum();
    }

    /** The item holding the most memory. */
    public Item largest() {
        return items.stream().max(Comparator.comparingLong(Item::bytes)).orElseThrow();
    }

    /**
     * A refusal when the estimate exceeds {@link #HEAP_SHARE} of {@code maxHeapBytes}: names the total,
     * the largest item and the knob to turn; empty when it fits.
     */
    public Optional<String> check(long maxHeapBytes) {
        long total = totalBytes();
        if (total <= HEAP_SHARE * maxHeapBytes) {
            return Optional.empty();
        }
        Item big = largest();
        return Optional.of(String.format(Locale.ROOT, "this session needs about %s of memory, more than the %s heap allows "
                + "(%s of it for %s); lower %s, or give java a larger -Xmx", size(total), size(maxHeapBytes),
                size(big.bytes()), big.what(), big.knob()));
    }

    /** Warnings for a long run or a large output, each one line; empty when neither applies. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (seconds > LONG_SECONDS) {
            out.add(String.format(Locale.ROOT, "this run will take about %s (estimated before starting); "
                    + "fewer training.steps, a smaller network.width or domain.samples make it shorter", duration(seconds)));
        }
        if (outputBytes > LARGE_OUTPUT_BYTES) {
            out.add(String.format(Locale.ROOT, "this run will write about %s of CSV; a larger training.snapshotEvery "
                    + "or fewer domain.samples make it smaller", size(outputBytes)));
        }
        return out;
    }

    /** What to say when a session ran out of memory after all: the heap and the keys that shrink a session. */
    public static String outOfMemory(long maxHeapBytes) {
        return String.format(Locale.ROOT, "ran out of memory (the heap is %d MB): lower domain.samples, network.width "
                + "or network.hiddenLayers, or give java a larger -Xmx", maxHeapBytes >> 20);
    }

    /** Bytes as "12 MB" or "3.4 GB". */
    public static String size(long bytes) {
        if (bytes >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
        }
        return String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(bytes / 1e6)));
    }

    private static String duration(double s) {
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%.1f hours", s / 3600);
        }
        return s >= 120 ? String.format(Locale.ROOT, "%.0f minutes", s / 60) : String.format(Locale.ROOT, "%.0f s", s);
    }
}
