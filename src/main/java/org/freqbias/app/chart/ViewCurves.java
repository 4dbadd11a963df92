package org.freqbias.app.chart;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;

/**
 * One curve per {@link KernelView} against frequency, in the view's wide style, with a legend entry
 * shown only while the view is drawn: the part of the spectrum charts (1D spectrum, 2D radial
 * profile) that draws the views. Created before the network's series, so the views go beneath it:
 * where the curves coincide (the linearized network often sits on the network) both stay visible.
 */
final class ViewCurves {

    private final XyChartFrame<?> frame;
    private final Map<KernelView, XYChart.Series<Number, Number>> series = new EnumMap<>(KernelView.class);
    private final Map<KernelView, Label> entries = new EnumMap<>(KernelView.class);

    /** Adds the views' series to {@code frame}'s chart, beneath those added later; the legend entries come with {@link #addLegend}. */
    ViewCurves(XyChartFrame<?> frame) {
        this.frame = frame;
        for (KernelView v : KernelView.values()) {
            series.put(v, frame.series(null, v.wideStyle()));
        }
    }

    /** Adds the views' legend entries after those already in the legend, hidden until drawn. */
    void addLegend() {
        for (KernelView v : KernelView.values()) {
            Label entry = frame.legend.add(v.label(), v.wideStyle());
            LegendBox.show(entry, false);
            entries.put(v, entry);
        }
    }

    /** Draws {@code view} as (x, y), or hides its curve and legend entry when {@code y} is null. */
    void draw(KernelView view, double[] x, double[] y) {
        if (y != null) {
            Series.set(series.get(view), x, y);
        } else {
            series.get(view).getData().clear();
        }
        LegendBox.show(entries.get(view), y != null);
    }
}
