package org.freqbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.freqbias.core.spectrum.Spectrum;
import org.junit.jupiter.api.Test;
import org.freqbias.core.spectrum.LineGrid;

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
}
