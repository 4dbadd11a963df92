package org.freqbias.app.chart;

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

    private History history;
    private int thinnings;
    private int kept;
    private ColumnDecimator columns;

    /**
     * The curve of {@code h}'s rows in {@code pixels}.
     *
     * @param y the value drawn for a row: for one history, the same for the same row at every call
     */
    Curve of(History h, ToDoubleFunction<History.Row> y, PixelColumns pixels) {
        if (h != history || h.thinnings() != thinnings || !pixels.equals(columns.columns())) {
            history = h;
            thinnings = h.thinnings();
            kept = 0;
            columns = new ColumnDecimator(pixels);
        }
        int last = h.size() - 1;
        for (; kept < last; kept++) {
            History.Row row = h.row(kept);
            columns.add(row.time(), y.applyAsDouble(row));
        }
        if (last < 0) {
            return Curve.EMPTY;
        }
        History.Row newest = h.row(last);
        return columns.curveWith(newest.time(), y.applyAsDouble(newest));
    }
}
