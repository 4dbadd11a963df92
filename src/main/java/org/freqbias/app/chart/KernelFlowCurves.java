package org.freqbias.app.chart;

import java.util.EnumMap;
import java.util.Map;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * One curve per kernel flow of one run against frequency, in the run's {@link RunStyle#flowLine}:
 * the part of the spectrum charts (1D spectrum, 2D radial profile) that draws the flows. Created
 * before the run's network series, so the flows go beneath it: where the curves coincide (the
 * linearized network often sits on the network) both stay visible.
 */
final class KernelFlowCurves {

    private final Map<KernelFlowKind, PlotSeries> series = new EnumMap<>(KernelFlowKind.class);

    /** Adds the flows' series to {@code frame}'s chart, beneath those added later. */
    KernelFlowCurves(XyChartFrame frame) {
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            // Named for Copy as CSV; the legend entry comes with the chart's key.
            series.put(kind, frame.series(kind.label(), RunStyle.SINGLE.flowLine(kind)));
        }
    }

    /** Draws the flow of {@code kind} of {@code run} as {@code curve}, or hides its curve when it is null. */
    void draw(KernelFlowKind kind, Curve curve, RunView run) {
        PlotSeries s = series.get(kind);
        if (curve != null) {
            s.restyle(run.style().flowLine(kind), run.label());
            s.show(curve);
        } else {
            s.clear();
        }
    }

    /** Hides every flow's curve. */
    void clear() {
        series.values().forEach(PlotSeries::clear);
    }
}
