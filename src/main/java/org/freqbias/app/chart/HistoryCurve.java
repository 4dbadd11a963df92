package org.freqbias.app.chart;

import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import org.freqbias.core.experiment.History;

/**
 * A curve over a run's {@link History}: one point per row, at the row's time, its y read from the
 * row, thinned to pixel columns ({@link ColumnDecimator}) and extended as the run goes on. Each call reads only the rows added since the last one (the newest
 * row is taken in but not kept, as the next snapshot may replace it), so the work per frame does not
 * grow with the rows kept; it starts over only for another history, after the history thinned
 * itself out, or for other columns.
 */
final class HistoryCurve {

    private Object history;
    private int thinnings;
    private int kept;
    private ColumnDecimator columns;

    /**
     * The curve of {@code h}'s rows in {@code pixels}.
     *
     * @param y the value drawn for a row: for one history, the same for the same row at every call
     */
    Curve of(History h, ToDoubleFunction<History.Row> y, PixelColumns pixels) {
        return of(h, h.thinnings(), h.size(), h::row, y, pixels);
    }

    /**
     * The curve of the rows of {@code data} ({@link ChartData#rows()}), read from the same source as
     * the data drawn before it: only the rows it adds are read.
     */
    Curve of(ChartData data, ToDoubleFunction<History.Row> y, PixelColumns pixels) {
        return of(data.rowSource(), data.thinnings(), data.rows().size(), data.rows()::get, y, pixels);
    }

    /**
     * The curve of rows 0 .. size - 1 of {@code source}: while source and thinnings stay the same, rows
     * before the last stay as they were, so only those after the ones read before are read.
     */
    private Curve of(Object source, int sourceThinnings, int size, IntFunction<History.Row> row,
            ToDoubleFunction<History.Row> y, PixelColumns pixels) {
        if (source != history || sourceThinnings != thinnings || !pixels.equals(columns.columns())) {
            history = source;
            thinnings = sourceThinnings;
            kept = 0;
            columns = new ColumnDecimator(pixels);
        }
        int last = size - 1;
        for (; kept < last; kept++) {
            History.Row r = row.apply(kept);
            columns.add(r.time(), y.applyAsDouble(r));
        }
        if (last < 0) {
            return Curve.EMPTY;
        }
        History.Row newest = row.apply(last);
        return columns.curveWith(newest.time(), y.applyAsDouble(newest));
    }
}
