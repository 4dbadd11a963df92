package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * A {@link ChartFrame} holding one LineChart over number axes: no animation, no symbols, own legend.
 * Its series are {@link PlotSeries} fed with curves thinned to the plot's pixel columns
 * ({@link #columns}); when the plot's width changes the chart redraws its data at the next layout.
 */
public abstract class XyChartFrame extends ChartFrame {

    /** Pixel columns assumed before the plot is first laid out (the chart's preferred width). */
    private static final int UNLAID_COLUMNS = 400;

    /** How the y axis reads its values: as they are, or as log10 of the quantity ({@link LogScale}). */
    protected enum YScale { LINEAR, LOG }

    protected final NumberAxis xAxis = new NumberAxis();
    protected final NumberAxis yAxis = new NumberAxis();
    protected final LineChart<Number, Number> chart = new IncrementalLineChart(xAxis, yAxis);
    /** Pixel columns of the plot when it was drawn last. */
    private int drawnColumns;
    private final YScale yScale;
    /** The PDE series and their detail text: named as their legend entry is ({@link LegendBox#pdeText}). */
    private final Map<XYChart.Series<Number, Number>, String> pdeDetails = new HashMap<>();

    protected XyChartFrame(String title, String fileName, String xLabel, String yLabel, YScale yScale) {
        super(title, fileName);
        this.yScale = yScale;
        if (yScale == YScale.LOG) {
            LogScale.prepare(yAxis);
        }
        xAxis.setLabel(xLabel);
        yAxis.setLabel(yLabel);
        xAxis.setAnimated(false);
        yAxis.setAnimated(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setMinSize(0, 0);
        chart.setPrefSize(400, 240);
        setPlot(chart);
        // On log axes the zero lines would mark 10^0, which means nothing here.
        chart.setHorizontalZeroLineVisible(false);
        xAxis.setTickLabelFormatter(multiplesOnly(new NumberAxis.DefaultFormatter(xAxis)));
        // A new width needs the curves thinned again: redraw at the next layout. The width changes while
        // this frame lays out its children, when a layout request would be dropped; ask after it.
        xAxis.widthProperty().addListener((obs, old, width) -> {
            if (stale()) {
                Platform.runLater(this::requestLayout);
            }
        });
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

    /** Adds a series drawn in {@code style}, with a legend entry unless {@code legendText} is null. */
    protected final PlotSeries series(String legendText, LineStyle style) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(legendText);
        chart.getData().add(s);
        // The path node exists once the series is in a chart; re-style if it is ever recreated.
        s.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                node.setStyle(style.pathCss());
            }
        });
        if (s.getNode() != null) {
            s.getNode().setStyle(style.pathCss());
        }
        if (legendText != null) {
            legend.add(legendText, style);
        }
        return new PlotSeries(s, style);
    }

    /** Adds a PDE series drawn in {@code style}, its legend entry named by {@link LegendBox#pdeText}. */
    protected final PlotSeries pdeSeries(String detail, LineStyle style) {
        PlotSeries s = pdeCurve(detail, style);
        legend.addPde(detail, style);
        return s;
    }

    /** Adds a PDE series with no legend entry of its own (one entry stands for several curves). */
    protected final PlotSeries pdeCurve(String detail, LineStyle style) {
        pdeDetails.keySet().removeIf(old -> !chart.getData().contains(old)); // a chart that rebuilds its series
        PlotSeries s = series(null, style);
        pdeDetails.put(s.series(), detail);
        return s;
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

    /** What a series is called in the CSV: its legend text, its PDE name, or its place. */
    private String dataName(XYChart.Series<Number, Number> s) {
        String detail = pdeDetails.get(s);
        if (detail != null) {
            return LegendBox.pdeText(detail, legend.pdeExact());
        }
        return s.getName() != null ? s.getName() : "series " + chart.getData().indexOf(s);
    }

    private double yValue(double drawn) {
        return yScale == YScale.LOG ? Math.pow(10, drawn) : drawn;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\n\\s*", " ");
    }

    /** A CSV cell: quoted when it holds a comma, a quote or a line break (RFC 4180). */
    private static String quoted(String cell) {
        return cell.matches("(?s).*[,\"\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** The series in drawing order, for inspection (tests read what is drawn). */
    public final java.util.List<XYChart.Series<Number, Number>> drawnSeries() {
        return java.util.List.copyOf(chart.getData());
    }

    /** Fixed linear x range. */
    protected final void xRange(double lower, double upper) {
        xAxis.setAutoRanging(false);
        xAxis.setLowerBound(lower);
        xAxis.setUpperBound(upper);
        xAxis.setTickUnit(Ticks.niceStep(upper - lower, 8));
    }
}
