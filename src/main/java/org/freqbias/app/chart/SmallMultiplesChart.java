package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.freqbias.core.sweep.SmallMultiples;

/**
 * The small multiples of a sweep ({@link SmallMultiples}): one panel per value (or combination),
 * learning time against frequency on a shared log axis, the network's mean over the panel's runs as
 * dots (rings: some run had not learned it, a lower bound) with bars from the smallest to the largest,
 * the PDE's mean as a curve through the peaks (a mark on each) and the pure damping time dotted. Exported like every
 * chart: laid out alone in a scene and written as PNG and SVG ({@code ChartExporter.writeFigure}).
 */
public final class SmallMultiplesChart extends VBox {

    /** Size of one panel before scaling. */
    static final double PANEL_WIDTH = 320;
    static final double PANEL_HEIGHT = 240;
    private static final int MAX_COLUMNS = 3;

    private final Label title = new Label();
    private final LegendBox legend = new LegendBox();
    private final GridPane grid = new GridPane();
    private final List<LineChart<Number, Number>> panels = new ArrayList<>();

    public SmallMultiplesChart() {
        getStyleClass().addAll("chart-frame", "small-multiples");
        title.getStyleClass().add("chart-title");
        title.setWrapText(true);
        legend.set(List.of(
                LegendItem.of("network: mean over runs, bar from smallest to largest (ring: not learned in some run)",
                        LineStyle.dotsOf(Palette.NETWORK)),
                LegendItem.pde("mean", true, LineStyle.solid(Palette.PDE)),
                LegendItem.of("pure damping 1/((2π)^d ρ(ξ))", LineStyle.dotted(Palette.DAMPING))));
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(title, grid, legend);
    }

    /** Draws {@code data}: one panel each, on the FX thread. */
    public void show(SmallMultiples data) {
        title.setText("Learning time against frequency, by " + String.join(", ", data.keys()));
        grid.getChildren().clear();
        panels.clear();
        List<SmallMultiples.Panel> all = data.panels();
        int columns = columns(all.size());
        double xMax = 0;
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = Double.NEGATIVE_INFINITY;
        for (SmallMultiples.Panel p : all) {
            xMax = Math.max(xMax, LogScale.max(p.xi()));
            yLo = Math.min(yLo, LogScale.min(log(p.networkMin()), log(p.pdeMean()), log(p.pureDamping())));
            yHi = Math.max(yHi, LogScale.max(log(p.networkMax()), log(p.pdeMean())));
        }
        double step = Ticks.niceStep(xMax > 0 ? 1.1 * xMax : 1, 6);
        double xUpper = step * Math.ceil((xMax > 0 ? 1.1 * xMax : 1) / step);
        for (int i = 0; i < all.size(); i++) {
            LineChart<Number, Number> chart = panel(all.get(i), xUpper, step, yLo, yHi);
            panels.add(chart);
            grid.add(chart, i % columns, i / columns);
        }
    }

    private static LineChart<Number, Number> panel(SmallMultiples.Panel p, double xUpper, double step, double yLo, double yHi) {
        NumberAxis x = new NumberAxis(0, xUpper, step);
        x.setLabel("frequency |ξ|");
        NumberAxis y = new NumberAxis();
        LogScale.prepare(y);
        LogScale.fit(y, yLo, yHi);
        y.setLabel("learning time (log)");
        x.setAnimated(false);
        y.setAnimated(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(p.title() + "  (" + p.runs() + (p.runs() == 1 ? " run)" : " runs)"));
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setHorizontalZeroLineVisible(false);
        chart.setMinSize(PANEL_WIDTH, PANEL_HEIGHT);
        chart.setPrefSize(PANEL_WIDTH, PANEL_HEIGHT);
        double[] xi = p.xi();
        series(chart, LineStyle.dotted(Palette.DAMPING)).show(finite(xi, log(p.pureDamping())));
        // The PDE as a curve through its peaks, and a mark on each so that a lone peak shows too.
        Curve pde = finite(xi, log(p.pdeMean()));
        series(chart, LineStyle.solid(Palette.PDE)).show(pde);
        series(chart, LineStyle.dotsOf(Palette.PDE)).showDots(pde, new boolean[pde.size()]);
        double[] mean = log(p.networkMean());
        Curve network = finite(xi, mean);
        boolean[] hollow = new boolean[network.size()];
        for (int k = 0, i = 0; k < xi.length; k++) {
            if (Double.isFinite(mean[k])) {
                hollow[i++] = p.lowerBound()[k];
            }
        }
        series(chart, LineStyle.dotsOf(Palette.NETWORK)).showDots(network, hollow);
        // The bars after the dots: a series of its own each, two points apiece.
        double[] lo = log(p.networkMin());
        double[] hi = log(p.networkMax());
        for (int k = 0; k < xi.length; k++) {
            if (hi[k] > lo[k]) {
                series(chart, new LineStyle(Palette.NETWORK, 1.3, "", false))
                        .show(new Curve(new double[] {xi[k], xi[k]}, new double[] {lo[k], hi[k]}));
            }
        }
        return chart;
    }

    private static PlotSeries series(LineChart<Number, Number> chart, LineStyle style) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        chart.getData().add(s);
        return new PlotSeries(s, style, 1); // an export-only figure: the light theme's line widths
    }

    /** The points of (x, y) where y is finite, in order. */
    private static Curve finite(double[] x, double[] y) {
        int[] keep = java.util.stream.IntStream.range(0, x.length).filter(i -> Double.isFinite(y[i])).toArray();
        return new Curve(java.util.Arrays.stream(keep).mapToDouble(i -> x[i]).toArray(),
                java.util.Arrays.stream(keep).mapToDouble(i -> y[i]).toArray());
    }

    /** log10 of the positive times; others NaN (not drawn). */
    private static double[] log(double[] times) {
        double[] out = new double[times.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = times[i] > 0 && Double.isFinite(times[i]) ? Math.log10(times[i]) : Double.NaN;
        }
        return out;
    }

    /** The panels in order, for inspection (tests read what is drawn). */
    public List<LineChart<Number, Number>> panels() {
        return List.copyOf(panels);
    }

    /** Export width before scaling of a figure of {@code panels} panels: their columns and the frame. */
    public static double exportWidth(int panels) {
        return columns(panels) * PANEL_WIDTH + 24;
    }

    private static int columns(int panels) {
        return Math.max(1, Math.min(MAX_COLUMNS, panels));
    }
}
