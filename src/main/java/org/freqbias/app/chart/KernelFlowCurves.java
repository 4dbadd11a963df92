package org.freqbias.app.chart;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.chart.XYChart;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * One curve per kernel flow of one run against frequency, in the run's {@link RunStyle#flowLine}:
 * the part of the spectrum charts (1D spectrum, 2D radial profile) that draws the flows. Created
 * before the run's network series, so the flows go beneath it: where the curves coincide (the
 * linearized network often sits on the network) both stay visible.
 */
final class KernelFlowCurves {

    private final XyChartFrame frame;
    private final Map<KernelFlowKind, XYChart.Series<Number, Number>> series = new EnumMap<>(KernelFlowKind.class);

    /** Adds the flows' series to {@code frame}'s chart, beneath those added later. */
    KernelFlowCurves(XyChartFrame frame) {
        this.frame = frame;
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            series.put(kind, frame.series(RunStyle.SINGLE.flowLine(kind)));
        }
    }

    /** Draws the flow of {@code kind} as (x, y) in {@code style}, or hides its curve when {@code y} is null. */
    void draw(KernelFlowKind kind, double[] x, double[] y, RunStyle style) {
        XYChart.Series<Number, Number> s = series.get(kind);
        if (y != null) {
            frame.restyle(s, style.flowLine(kind));
            Series.set(s, x, y);
        } else {
            Series.clear(s);
        }
    }

    /** Hides every flow's curve. */
    void clear() {
        series.values().forEach(Series::clear);
    }
}
