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

    /**
     * One kept snapshot: its time, step, loss, |r^| over the whole frequency grid and, when kept,
     * the network's output on the data grid (what the fit replays).
     *
     * @param fit f_t at the grid points, or null when not kept
     */
    public record Row(double time, int step, double loss, double[] abs, double[] fit) {

        /** A row without the fit. */
        public Row(double time, int step, double loss, double[] abs) {
            this(time, step, loss, abs, null);
        }
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

    /**
     * A history of a run of {@code setup} that keeps the fits too ({@link #add(Snapshot)}): clamp(32 MB /
     * (8 bytes x (grid size + grid points)), 16, 512) rows. 1D N = 1024 and 2D 64 x 64 keep 512 rows,
     * 2D 256 x 256 keeps 32.
     */
    public static History withFits(Setup setup) {
        return new History(capacityFor(setup.grid().size() + pointsOf(setup.domain())));
    }

    /** The number of data-grid points, N^d. */
    static long pointsOf(org.freqbias.core.grid.Domain d) {
        return d.dimension() == 1 ? d.samples() : (long) d.samples() * d.samples();
    }

    /** The capacity {@link #forGrid} gives rows of {@code values} doubles (a grid's frequencies, with or without a fit). */
    public static int capacityFor(long values) {
        long rows = BUDGET_BYTES / (8L * values);
        return (int) Math.max(MIN_CAPACITY, Math.min(MAX_CAPACITY, rows));
    }

    /**
     * The snapshot indices a history of {@code capacity} rows holds after {@code snapshots} snapshots:
     * the multiples of the stride s it has reached, the smallest power of two with
     * (capacity - 1) s >= snapshots (each decimation happens when index (capacity - 1) s arrives),
     * and the newest, {@code snapshots - 1}. At most {@code capacity} indices, ascending, and all of
     * them when {@code snapshots < capacity}.
     */
    public static int[] keptIndices(int snapshots, int capacity) {
        if (snapshots < 1 || capacity < 4) {
            throw new IllegalArgumentException("snapshots must be >= 1 and capacity >= 4, got " + snapshots + ", " + capacity);
        }
        long stride = 1;
        while ((capacity - 1) * stride < snapshots) {
            stride *= 2;
        }
        int multiples = (int) ((snapshots - 1) / stride + 1);
        boolean newestExtra = (snapshots - 1) % stride != 0;
        int[] out = new int[multiples + (newestExtra ? 1 : 0)];
        for (int i = 0; i < multiples; i++) {
            out[i] = (int) (i * stride);
        }
        if (newestExtra) {
            out[multiples] = snapshots - 1;
        }
        return out;
    }

    public int capacity() {
        return rows.capacity();
    }

    /** Keeps the snapshot's time, step, loss, |r^| and fit. */
    public void add(Snapshot s) {
        add(new Row(s.time(), s.step(), s.loss(), s.spectrum().abs(), s.fit()));
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
