package org.freqbias.app.chart;

import java.util.Objects;

/**
 * One run as the charts draw it: its data, positioned at the time shown ({@link ChartData#at}), the
 * name its legend entry gives it and its colours.
 */
public record RunView(ChartData data, String label, RunStyle style) {

    public RunView {
        Objects.requireNonNull(data);
        Objects.requireNonNull(label);
        Objects.requireNonNull(style);
    }
}
