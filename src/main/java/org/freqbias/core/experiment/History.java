package org.freqbias.core.experiment;

import java.util.List;
import org.freqbias.core.numeric.Nearest;
import org.freqbias.core.spectrum.FrequencyGrid;

/**
 * The run so far, kept for charts with bounded memory ({@link Decimator}): when {@code capacity}
 * rows are held, every other row is dropped (the first and the newest always stay) and from then
 * on only every second snapshot is kept, and so on. A run of any length costs at most
 * {@code capacity} rows.
 * This decides only what charts show: learning times and agreement are tracked on every snapshot.
 *
 * <p>Readers that draw every frame read rows by index ({@link #row}, {@link #nearest}) instead of
 * copying them: until the next thinning ({@link #thinnings()}), rows 0 .. size() - 2 stay as they
 * are and only the last row (the newest snapshot) may be replaced or followed by newer ones.
 */
public final class History {

    /** One kept snapshot: its time, step, loss and |r^| over the whole frequency grid. */
    public record Row(double time, int step, double loss, double[] abs) {
    }

    /** Bytes one run's history may hold in |r^| values. */
    static final long BUDGET_BYTES = 32L << 20;
    static final int MIN_CAPACITY = 16;
    static final int MAX_CAPACITY = 512;

    private final Decimator<Row> rows;

    public History(int capacity) {
        this.rows = new Decimator<>(capacity);
    }

    /**
     * A history for spectra on {@code grid}, its capacity bounded by bytes, not rows:
     * clamp(32 MB / (8 bytes x grid size), 16, 512) rows. 1D N = 1024 and 2D 64 x 64 keep 512
     * rows, 2D 256 x 256 keeps 64.
     */
    public static History forGrid(FrequencyGrid grid) {
        return new History(capacityFor(grid.size()));
    }

    /** The capacity {@link #forGrid} gives a grid of {@code frequencies} values. */
    public static int capacityFor(long frequencies) {
        long rows = BUDGET_BYTES / (8L * frequencies);
        return (int) Math.max(MIN_CAPACITY, Math.min(MAX_CAPACITY, rows));
    }

    public int capacity() {
        return rows.capacity();
    }

    /** Keeps the snapshot's time, step, loss and |r^|. */
    public void add(Snapshot s) {
        add(new Row(s.time(), s.step(), s.loss(), s.spectrum().abs()));
    }

    /** Keeps {@code row} (its array is not copied). */
    public void add(Row row) {
        rows.add(row);
    }

    /** The kept rows, oldest first, always ending with the newest snapshot (an unmodifiable copy). */
    public List<Row> rows() {
        return rows.items();
    }

    /** Number of rows: the kept ones, and the newest snapshot when it is not kept. */
    public int size() {
        return rows.size();
    }

    /** Row {@code i} of {@link #rows()}, 0 &lt;= i &lt; {@link #size()}, without copying the list. */
    public Row row(int i) {
        return rows.get(i);
    }

    /**
     * The index of the row whose time is nearest to {@code t} (the earlier of two equally near), by
     * binary search over the row times; -1 when there are no rows.
     */
    public int nearest(double t) {
        return Nearest.index(i -> row(i).time(), size(), t);
    }

    /** How often rows were dropped so far; while it stays the same, rows before the last only get followed. */
    public int thinnings() {
        return rows.thinnings();
    }
}
