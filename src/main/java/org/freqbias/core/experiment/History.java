package org.freqbias.core.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * The run so far, kept for charts with bounded memory: when {@code capacity} rows are held, every
 * other row is dropped (the first and the newest always stay) and from then on only every
 * second snapshot is kept, and so on. A run of any length costs at most {@code capacity} rows.
 */
public final class History {

    /** One kept snapshot: its time, step, loss and |r^| at the non-negative FFT frequencies. */
    public record Row(double time, int step, double loss, double[] abs) {
    }

    public static final int DEFAULT_CAPACITY = 512;

    private final int capacity;
    private final List<Row> kept = new ArrayList<>();
    private Row latest;
    private int stride = 1;
    private int seen;

    public History() {
        this(DEFAULT_CAPACITY);
    }

    public History(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity must be >= 4, got " + capacity);
        }
        this.capacity = capacity;
    }

    public void add(Snapshot s) {
        add(new Row(s.time(), s.step(), s.loss(), s.spectrum().abs()));
    }

    /** Keeps {@code row} (its array is not copied); a 2D run keeps |r^| at the target's peaks only. */
    public void add(Row row) {
        latest = row;
        if (seen++ % stride == 0) {
            kept.add(row);
            if (kept.size() >= capacity) {
                decimate();
            }
        }
    }

    private void decimate() {
        // Kept rows are snapshots 0, stride, 2 stride, ...; keeping the even ones doubles the stride.
        List<Row> even = new ArrayList<>(capacity / 2 + 1);
        for (int i = 0; i < kept.size(); i += 2) {
            even.add(kept.get(i));
        }
        kept.clear();
        kept.addAll(even);
        stride *= 2;
    }

    /** The kept rows, oldest first, always ending with the newest snapshot (an unmodifiable copy). */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>(kept);
        if (latest != null && latest != kept.get(kept.size() - 1)) {
            out.add(latest);
        }
        return List.copyOf(out);
    }

    public int size() {
        return rows().size();
    }
}
