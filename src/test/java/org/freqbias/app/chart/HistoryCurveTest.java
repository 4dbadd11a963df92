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
        ToDoubleFunction<History.Row> loss = row -> {
            reads[0]++;
            return row.loss();
        };
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
}
