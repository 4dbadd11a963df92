package org.freqbias.app.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.freqbias.core.experiment.History;
import org.junit.jupiter.api.Test;

class HistoryCurveTest {

    /**
     * Through a long run whose history thins itself out many times, the curve drawn each frame is the
     * thinning of all rows kept (computed here from the copied rows), while each frame reads only the
     * rows added since the last: reads per frame stay at the new rows plus the newest, except at a
     * thinning, when it reads the kept rows once.
     */
    @Test
    void extendsWhatItDrewAndEqualsThinningAllRows() {
        History history = new History(64);
        PixelColumns columns = new PixelColumns(0, 50, 40);
        HistoryCurve curve = new HistoryCurve();
        int[] reads = new int[1];
        ToDoubleFunction<History.Row> loss = countedLoss(reads);
        int thinnings = 0;
        for (int s = 0; s < 5_000; s++) {
            history.add(new History.Row(0.01 * s, s, Math.exp(-0.001 * s) * (1 + 0.1 * Math.sin(s)), new double[0]));
            if (s % 3 != 0) {
                continue; // frames come less often than snapshots
            }
            reads[0] = 0;
            Curve drawn = curve.of(history, loss, columns);
            List<History.Row> rows = history.rows();
            double[] t = rows.stream().mapToDouble(History.Row::time).toArray();
            double[] y = rows.stream().mapToDouble(History.Row::loss).toArray();
            Curve all = ColumnDecimator.thin(t, y, columns);
            assertArrayEquals(all.x(), drawn.x(), "snapshot " + s);
            assertArrayEquals(all.y(), drawn.y(), "snapshot " + s);
            if (history.thinnings() == thinnings) {
                assertTrue(reads[0] <= 3 + 1, "reads " + reads[0] + " at snapshot " + s);
            } else {
                assertTrue(reads[0] <= history.size(), "a thinning reads the kept rows once");
                thinnings = history.thinnings();
            }
        }
        assertTrue(thinnings >= 5, "the run thinned its history out: " + thinnings);
    }

    @Test
    void anotherHistoryStartsOver() {
        PixelColumns columns = new PixelColumns(0, 1, 10);
        HistoryCurve curve = new HistoryCurve();
        History first = new History(16);
        first.add(new History.Row(0.5, 0, 3, new double[0]));
        curve.of(first, History.Row::loss, columns);
        History second = new History(16);
        second.add(new History.Row(0.25, 0, 7, new double[0]));
        Curve drawn = curve.of(second, History.Row::loss, columns);
        assertArrayEquals(new double[] {0.25}, drawn.x());
        assertArrayEquals(new double[] {7}, drawn.y());
    }

    /**
     * Chart data made for each snapshot of a live run (a new object every time, its rows copied from
     * the run's history) are read as the history itself is: the curve equals the thinning of all their
     * rows, and each frame reads only the rows added since the last, except after a thinning.
     */
    @Test
    void chartDataOfTheSameRunAreReadOnlyForTheirNewRows() throws Exception {
        try (RunFixture run = new RunFixture(600, 5, 16)) {
            PixelColumns columns = new PixelColumns(0, run.setup.snapshotTimes()[run.setup.snapshotTimes().length - 1], 30);
            HistoryCurve curve = new HistoryCurve();
            int[] reads = new int[1];
            ToDoubleFunction<History.Row> loss = countedLoss(reads);
            int thinnings = 0;
            for (int s = 0; s < 100; s++) {
                run.advance(1);
                ChartData data = run.data();
                reads[0] = 0;
                Curve drawn = curve.of(data, loss, columns);
                double[] t = data.rows().stream().mapToDouble(History.Row::time).toArray();
                double[] y = data.rows().stream().mapToDouble(History.Row::loss).toArray();
                Curve all = ColumnDecimator.thin(t, y, columns);
                assertArrayEquals(all.x(), drawn.x(), "snapshot " + s);
                assertArrayEquals(all.y(), drawn.y(), "snapshot " + s);
                if (run.history.thinnings() == thinnings) {
                    assertTrue(reads[0] <= 2, "reads " + reads[0] + " at snapshot " + s); // the new row and the newest
                } else {
                    thinnings = run.history.thinnings();
                }
            }
            assertTrue(thinnings >= 3, "the run thinned its history out: " + thinnings);
        }
    }

    /** A row's loss, counting in {@code reads[0]} how many rows were read. */
    private static ToDoubleFunction<History.Row> countedLoss(int[] reads) {
        return row -> {
            reads[0]++;
            return row.loss();
        };
    }
}
