package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.util.StringConverter;

/**
 * A {@link ChartFrame} holding one LineChart over number axes: no animation, no symbols, own legend,
 * and a time cursor for the charts against t. The axis titles are captions in the frame, horizontal
 * and free to wrap (the y title above the plot, the x title below it), so that large type never cuts
 * them the way a rotated axis label is cut on a short plot. Hovering the plot shows the coordinates
 * under the mouse; light vertical rules can mark x values (the target's peaks).
 * Its series are {@link PlotSeries} fed with curves thinned to the plot's pixel columns
 * ({@link #columns}); when the plot's width changes the chart redraws its view at the next layout.
 */
public abstract class XyChartFrame extends ChartFrame {

    /** Pixel columns assumed before the plot is first laid out (the chart's preferred width). */
    private static final int UNLAID_COLUMNS = 400;

    /** How the y axis reads its values: as they are, or as log10 of the quantity ({@link LogScale}). */
    protected enum YScale { LINEAR, LOG }

    protected final NumberAxis xAxis = new NumberAxis();
    protected final NumberAxis yAxis = new NumberAxis();
    protected final CursorLineChart chart = new CursorLineChart(xAxis, yAxis);
    private final Label xCaption = new Label();
    private final Label yCaption = new Label();
    private final YScale yScale;
    /** Every series added, to restyle their paths when the line scale changes. */
    private final List<PlotSeries> plotted = new ArrayList<>();
    private String xSymbol;
    private String ySymbol;
    /** Pixel columns of the plot when it was drawn last. */
    private int drawnColumns;
    /** The PDE series and their detail text: named as their legend entry is ({@link LegendBox#pdeText}). */
    private final Map<XYChart.Series<Number, Number>, String> pdeDetails = new HashMap<>();

    /**
     * @param xLabel the x axis' title, such as "frequency ξ (rad per unit x)"; its symbol in the hover
     *     readout is the same unless {@link #readoutSymbols} says otherwise
     */
    protected XyChartFrame(String title, String fileName, String xLabel, String yLabel, YScale yScale) {
        super(title, fileName);
        this.yScale = yScale;
        this.xSymbol = xLabel;
        this.ySymbol = yLabel;
        if (yScale == YScale.LOG) {
            LogScale.prepare(yAxis);
        }
        xCaption.getStyleClass().addAll("axis-caption", "x-caption");
        yCaption.getStyleClass().addAll("axis-caption", "y-caption");
        for (Label caption : List.of(xCaption, yCaption)) {
            wrapWhole(caption);
            caption.setMaxWidth(Double.MAX_VALUE);
        }
        setXLabel(xLabel);
        setYLabel(yLabel);
        xAxis.setAnimated(false);
        yAxis.setAnimated(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setMinWidth(0);
        chart.setPrefSize(400, 240);
        setPlot(chart, yCaption, xCaption);
        // On log axes the zero lines would mark 10^0, which means nothing here.
        chart.setHorizontalZeroLineVisible(false);
        xAxis.setTickLabelFormatter(multiplesOnly(new NumberAxis.DefaultFormatter(xAxis)));
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::hover);
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideReadout());
        // A new width needs the curves thinned again: redraw at the next layout. The width changes while
        // this frame lays out its children, when a layout request would be dropped; ask after it.
        xAxis.widthProperty().addListener((obs, old, width) -> {
            if (stale()) {
                Platform.runLater(this::requestLayout);
            }
        });
    }

    /** The names the hover readout gives the coordinates, such as "ξ" and "|ȓ|". */
    protected final void readoutSymbols(String x, String y) {
        xSymbol = x;
        ySymbol = y;
    }

    /** The x axis' title, shown under the plot. */
    protected final void setXLabel(String text) {
        xCaption.setText(text);
    }

    /** The y axis' title, shown above the plot (a log axis says its floor here: {@link LogScale#label}). */
    protected final void setYLabel(String text) {
        yCaption.setText(text);
    }

    /** The axis titles shown, x then y (tests read them). */
    public final List<String> axisTitles() {
        return List.of(xCaption.getText(), yCaption.getText());
    }

    /** Light vertical rules at {@code xs} (data units), such as the target's peak frequencies. */
    protected final void markPeaks(double[] xs) {
        chart.setRules(xs);
    }

    /** Rules at the target peaks' |xi| of every run of {@code view}. */
    protected final void markPeaks(ChartView view) {
        markPeaks(view.runs().stream().flatMapToDouble(r -> DoubleStream.of(r.data().peakMagnitudes())).distinct().sorted().toArray());
    }

    /** The x values marked by rules, for tests. */
    public final double[] peakRules() {
        return chart.rules();
    }

    @Override
    protected void layoutChildren() {
        if (stale()) {
            redraw();
        }
        super.layoutChildren();
    }

    @Override
    protected final boolean stale() {
        return pixelColumns() != drawnColumns;
    }

    /** Pixel columns across the plot: its width in device pixels (the x axis spans it). */
    private int pixelColumns() {
        double width = xAxis.getWidth();
        if (!(width > 0)) {
            return UNLAID_COLUMNS;
        }
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getRenderScaleX() : 1;
        return Math.max(1, (int) Math.ceil(width * scale));
    }

    /**
     * The plot's pixel columns over the x axis range, for thinning curves; call after setting the
     * range ({@link #xRange}). Drawing with them marks the plot drawn at its current width.
     */
    protected final PixelColumns columns() {
        drawnColumns = pixelColumns();
        return new PixelColumns(xAxis.getLowerBound(), xAxis.getUpperBound(), drawnColumns);
    }

    /**
     * Labels only the ticks on whole multiples of the tick unit: NumberAxis always labels its
     * upper bound, which crowds the last tick when the bound is not round (a Nyquist 12.566 after 12).
     */
    private StringConverter<Number> multiplesOnly(StringConverter<Number> plain) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double k = value.doubleValue() / xAxis.getTickUnit();
                return Math.abs(k - Math.rint(k)) < 1e-6 ? plain.toString(value) : "";
            }

            @Override
            public Number fromString(String text) {
                return plain.fromString(text);
            }
        };
    }

    /**
     * Adds a series drawn in {@code style}, above those added before, named {@code name} in Copy as
     * CSV (null: by its place). Legends are built per view ({@link ChartFrame#legend}), not per series.
     */
    protected final PlotSeries series(String name, LineStyle style) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        chart.getData().add(s);
        PlotSeries p = new PlotSeries(s, style, lineScale());
        plotted.add(p);
        return p;
    }

    /** Removes every series; the legend is the caller's. */
    protected final void clearSeries() {
        chart.getData().clear();
        plotted.clear();
    }

    @Override
    protected void lineScaleChanged(double scale) {
        super.lineScaleChanged(scale);
        plotted.forEach(s -> s.rescale(scale));
    }

    /** Draws the time cursor at {@code t} (NaN: none). */
    protected final void timeCursor(double t) {
        chart.setTimeCursor(t);
    }

    /** Where the time cursor is drawn (NaN: nowhere), for tests. */
    public final double timeCursor() {
        return chart.timeCursor();
    }

    /** Adds a PDE series; Copy as CSV names it as a PDE legend entry is named ({@link LegendBox#pdeText}). */
    protected final PlotSeries pdeCurve(String detail, LineStyle style) {
        pdeDetails.keySet().removeIf(old -> !chart.getData().contains(old)); // a chart that rebuilds its series
        PlotSeries s = series(null, style);
        pdeDetails.put(s.series(), detail);
        return s;
    }

    /** Names {@code s} in Copy as CSV (a PDE series: its detail, as {@link #pdeCurve} takes it). */
    protected final void rename(PlotSeries s, String name) {
        if (pdeDetails.containsKey(s.series())) {
            pdeDetails.put(s.series(), name);
        } else {
            s.series().setName(name);
        }
    }

    /**
     * Every series drawn (not empty), in drawing order, as CSV: two columns a series, headed
     * "NAME: X-AXIS" and "NAME: Y-AXIS", its points in order, shorter series padded with empty
     * cells. On a log axis the y values are the quantity (10^drawn, the floor included), as the
     * tick labels read. Numbers in Java's shortest round-trip form.
     */
    @Override
    public final Optional<String> dataCsv() {
        List<XYChart.Series<Number, Number>> drawn = chart.getData().stream().filter(s -> !s.getData().isEmpty()).toList();
        String xName = oneLine(xAxis.getLabel());
        String yName = oneLine(yAxis.getLabel());
        List<String> header = new ArrayList<>();
        int rows = 0;
        for (XYChart.Series<Number, Number> s : drawn) {
            String name = dataName(s);
            header.add(name + ": " + xName);
            header.add(name + ": " + yName);
            rows = Math.max(rows, s.getData().size());
        }
        StringBuilder csv = new StringBuilder(header.stream().map(XyChartFrame::quoted).collect(Collectors.joining(","))).append('\n');
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            for (XYChart.Series<Number, Number> s : drawn) {
                boolean has = r < s.getData().size();
                XYChart.Data<Number, Number> d = has ? s.getData().get(r) : null;
                cells.add(has ? Double.toString(d.getXValue().doubleValue()) : "");
                cells.add(has ? Double.toString(yValue(d.getYValue().doubleValue())) : "");
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        return Optional.of(csv.toString());
    }

    /**
     * What a series is called in the CSV: its legend text, its PDE name, or its place; when runs are
     * compared, after the label of its run.
     */
    private String dataName(XYChart.Series<Number, Number> s) {
        String detail = pdeDetails.get(s);
        boolean exact = drawnView() == null || drawnView().pdeIsExact();
        String name = detail != null ? LegendBox.pdeText(detail, exact)
                : s.getName() != null ? s.getName() : "series " + chart.getData().indexOf(s);
        String run = plotted.stream().filter(p -> p.series() == s).map(PlotSeries::run).findFirst().orElse(null);
        return run != null && drawnView() != null && drawnView().compared() ? run + ": " + name : name;
    }

    private double yValue(double drawn) {
        return yScale == YScale.LOG ? Math.pow(10, drawn) : drawn;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\n\\s*", " ");
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180). */
    static String quoted(String cell) {
        return cell.matches("(?s).*[,\"\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** The series in drawing order, for inspection (tests read what is drawn). */
    public final List<XYChart.Series<Number, Number>> drawnSeries() {
        return List.copyOf(chart.getData());
    }

    /** Fixed linear x range. */
    protected final void xRange(double lower, double upper) {
        xAxis.setAutoRanging(false);
        xAxis.setLowerBound(lower);
        xAxis.setUpperBound(upper);
        xAxis.setTickUnit(Ticks.niceStep(upper - lower, 8));
    }

    /** Shows the coordinates under the mouse while it is over the plot area. */
    private void hover(MouseEvent e) {
        Node plot = chart.lookup(".chart-plot-background");
        Bounds area = plot == null ? null : plot.localToScene(plot.getBoundsInLocal());
        if (area == null || !area.contains(e.getSceneX(), e.getSceneY())) {
            hideReadout();
            return;
        }
        double x = xAxis.getValueForDisplay(xAxis.sceneToLocal(e.getSceneX(), e.getSceneY()).getX()).doubleValue();
        double y = yAxis.getValueForDisplay(yAxis.sceneToLocal(e.getSceneX(), e.getSceneY()).getY()).doubleValue();
        showReadout(readoutText(x, y), e.getSceneX(), e.getSceneY());
    }

    /** "ξ = 5.97   |ȓ| = 0.0031" for the point (x, y) of the plot (y as drawn: log10 on a log axis). */
    final String readoutText(double x, double y) {
        double value = yScale == YScale.LOG ? Math.pow(10, y) : y;
        return xSymbol + " = " + ReadoutText.number(x) + "   " + ySymbol + " = " + ReadoutText.number(value);
    }
}
