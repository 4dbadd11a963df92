package org.freqbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.freqbias.core.spectrum.LineGrid;
import org.freqbias.core.spectrum.PlaneGrid;
import org.freqbias.core.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static Snapshot snapshot(int step) {
        double[] v = {step, 0};
        return new Snapshot(step, 0.01 * step, 1.0 / (1 + step), v, new Spectrum(new LineGrid(Math.PI, 2), v, new double[2]));
    }

    @Test
    void aLongRunKeepsBoundedEvenlySpacedRowsWithFirstAndNewest() {
        History h = new History(64);
        int snapshots = 100_000;
        for (int s = 0; s < snapshots; s++) {
            h.add(snapshot(s));
            assertTrue(h.size() <= 65, "bounded at step " + s);
        }
        List<History.Row> rows = h.rows();
        assertEquals(0, rows.get(0).step());
        assertEquals(snapshots - 1, rows.get(rows.size() - 1).step());
        assertTrue(rows.size() >= 32, "decimation keeps at least half the capacity: " + rows.size());
        int spacing = rows.get(1).step() - rows.get(0).step();
        for (int i = 1; i < rows.size() - 1; i++) {
            assertEquals(spacing, rows.get(i).step() - rows.get(i - 1).step(), "even spacing");
        }
    }

    @Test
    void shortRunsKeepEverySnapshot() {
        History h = new History(64);
        for (int s = 0; s < 50; s++) {
            h.add(snapshot(s));
        }
        assertEquals(50, h.size());
    }

    /**
     * The indices a history will hold, known before the run (the app solves the PDE there): equal to
     * what a history fed that many snapshots really holds, for capacities odd and even and run
     * lengths across several decimations.
     */
    @Test
    void keptIndicesAreWhatTheHistoryHoldsAtTheEnd() {
        for (int capacity : new int[] {4, 5, 16, 17, 64}) {
            History h = new History(capacity);
            for (int s = 0; s < 3000; s++) {
                h.add(snapshot(s));
                int[] held = h.rows().stream().mapToInt(History.Row::step).toArray();
                org.junit.jupiter.api.Assertions.assertArrayEquals(held, History.keptIndices(s + 1, capacity),
                        "capacity " + capacity + ", " + (s + 1) + " snapshots");
            }
        }
        int[] tenMillion = History.keptIndices(10_000_001, 512);
        assertTrue(tenMillion.length <= 512, "bounded: " + tenMillion.length);
        assertEquals(10_000_000, tenMillion[tenMillion.length - 1], "the last snapshot is kept");
    }

    /**
     * Capacity is bounded by bytes (32 MB of |r^| values per run), clamped to 16 .. 512 rows: the
     * rows are whole-grid spectra in 2D too, and a 256 x 256 grid holds 65536 values a row.
     */
    @Test
    void capacityIsBoundedByBytesNotRows() {
        assertEquals(512, History.forGrid(new LineGrid(10, 1024)).capacity(), "1D N = 1024: 513 values a row");
        assertEquals(512, History.forGrid(new PlaneGrid(5, 64)).capacity(), "64 x 64: 32 KB a row, 1024 would fit");
        assertEquals(256, History.forGrid(new PlaneGrid(5, 128)).capacity(), "128 x 128: 128 KB a row");
        assertEquals(64, History.forGrid(new PlaneGrid(5, 256)).capacity(), "256 x 256: 512 KB a row");
        assertEquals(16, History.forGrid(new PlaneGrid(5, 1024)).capacity(), "never fewer than 16 rows");
    }

    /**
     * A history of a run that keeps the fits counts them in its byte budget: 32 MB over
     * (frequencies + points) x 8 bytes, clamped to 16 .. 512 rows, and keeps each snapshot's fit.
     */
    @Test
    void aHistoryWithFitsCountsTheFitsAndKeepsThem() throws Exception {
        org.freqbias.core.session.Session plane = org.freqbias.core.session.SessionFiles.loadSample("plane-waves");
        Setup setup = Setup.of(new org.freqbias.core.session.Session(plane.name(), plane.description(),
                new org.freqbias.core.grid.Domain(2, plane.domain().halfWidth(), 256), plane.target(), plane.distribution(),
                plane.network(), plane.training(), plane.pde(), plane.plane()));
        // 256 x 256: 65536 frequencies and 65536 points, 1 MB a row: 32 rows (64 without the fits).
        assertEquals(32, History.withFits(setup).capacity());
        History h = new History(8);
        Snapshot s = snapshot(3);
        h.add(s);
        assertTrue(h.rows().get(0).fit() == s.fit(), "the fit is kept, not copied");
        assertEquals(null, new History.Row(0, 0, 0, new double[1]).fit(), "a row without fit");
    }

    /**
     * Index access reads the rows {@link History#rows()} copies: row(i) is the same row, nearest(t)
     * the row a linear search over the copy finds; rows before the last stay while no thinning happens.
     */
    @Test
    void rowsByIndexAndNearestTimeMatchTheCopiedRows() {
        History h = new History(16);
        List<History.Row> before = List.of();
        int thinnings = 0;
        for (int s = 0; s < 300; s++) {
            h.add(snapshot(s));
            List<History.Row> rows = h.rows();
            assertEquals(rows.size(), h.size());
            for (int i = 0; i < rows.size(); i++) {
                assertSame(rows.get(i), h.row(i));
            }
            if (h.thinnings() == thinnings) {
                for (int i = 0; i < before.size() - 1; i++) {
                    assertSame(before.get(i), rows.get(i), "rows before the last stay until a thinning");
                }
            } else {
                assertEquals(thinnings + 1, h.thinnings());
                assertTrue(rows.size() < before.size() + 1, "a thinning drops rows");
            }
            thinnings = h.thinnings();
            before = rows;
            for (double t = -0.05; t < 0.01 * s + 0.05; t += 0.0037) {
                int linear = 0;
                for (int i = 1; i < rows.size(); i++) {
                    if (Math.abs(rows.get(i).time() - t) < Math.abs(rows.get(linear).time() - t)) {
                        linear = i;
                    }
                }
                assertEquals(linear, h.nearest(t), "t = " + t + " after snapshot " + s);
            }
        }
        assertTrue(h.thinnings() >= 4, "300 snapshots in 16 rows thin out several times: " + h.thinnings());
        assertEquals(-1, new History(16).nearest(1), "no rows");
    }
}
