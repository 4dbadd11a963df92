package org.freqbias.app.chart;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * One curve per kernel flow against frequency, in the flow's wide style, with a legend entry shown
 * only while the flow is drawn: the part of the spectrum charts (1D spectrum, 2D radial profile)
 * that draws the flows. Created before the network's series, so the flows go beneath it: where the
 * curves coincide (the linearized network often sits on the network) both stay visible.
 */
final class KernelFlowCurves {

    private final XyChartFrame frame;
    private final Map<KernelFlowKind, PlotSeries> series = new EnumMap<>(KernelFlowKind.class);
    private final Map<KernelFlowKind, Label> entries = new EnumMap<>(KernelFlowKind.class);

    /** Adds the flows' series to {@code frame}'s chart, beneath those added later; the legend entries come with {@link #addLegend}. */
    KernelFlowCurves(XyChartFrame frame) {
        this.frame = frame;
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            PlotSeries curve = frame.series(null, KernelFlowStyle.of(kind).wide());
            curve.series().setName(kind.label()); // for Copy as CSV; the legend entry comes with addLegend
            series.put(kind, curve);
        }
    }

    /** Adds the flows' legend entries after those already in the legend, hidden until drawn. */
    void addLegend() {
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            Label entry = frame.legend.add(kind.label(), KernelFlowStyle.of(kind).wide());
            LegendBox.show(entry, false);
            entries.put(kind, entry);
        }
    }

    /** Draws the flow of {@code kind} as {@code curve}, or hides its curve and legend entry when it is null. */
    void draw(KernelFlowKind kind, Curve curve) {
        if (curve != null) {
            series.get(kind).show(curve);
        } else {
            series.get(kind).clear();
        }
        LegendBox.show(entries.get(kind), curve != null);
    }
}
