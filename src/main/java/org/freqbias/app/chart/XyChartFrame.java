package org.freqbias.app.chart;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * A {@link ChartFrame} holding one LineChart over number axes: no animation, no symbols, own legend,
 * and a time cursor for the charts against t.
 */
public abstract class XyChartFrame extends ChartFrame {

    /** How the y axis reads its values: as they are, or as log10 of the quantity ({@link LogScale}). */
    protected enum YScale { LINEAR, LOG }

    protected final NumberAxis xAxis = new NumberAxis();
    protected final NumberAxis yAxis = new NumberAxis();
    protected final LineChart<Number, Number> chart = new CursorLineChart(xAxis, yAxis);
    /** The style of each series, applied to its path whenever LineChart (re)creates it. */
    private final Map<XYChart.Series<Number, Number>, LineStyle> styles = new IdentityHashMap<>();

    protected XyChartFrame(String title, String fileName, String xLabel, String yLabel, YScale yScale) {
        super(title, fileName);
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

    /** Adds a series drawn in {@code style}, above those added before. */
    protected final XYChart.Series<Number, Number> series(LineStyle style) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        chart.getData().add(s);
        // The path node exists once the series is in a chart; re-style if it is ever recreated.
        s.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                node.setStyle(styles.get(s).pathCss());
            }
        });
        styles.put(s, style);
        if (s.getNode() != null) {
            s.getNode().setStyle(style.pathCss());
        }
        return s;
    }

    /** Draws {@code s} in {@code style} from now on (a run that changed colour: alone or compared). */
    protected final void restyle(XYChart.Series<Number, Number> s, LineStyle style) {
        if (!style.equals(styles.put(s, style)) && s.getNode() != null) {
            s.getNode().setStyle(style.pathCss());
        }
    }

    /** The style {@code s} is drawn in. */
    protected final LineStyle styleOf(XYChart.Series<Number, Number> s) {
        return styles.get(s);
    }

    /** The series in drawing order, for inspection (tests read what is drawn). */
    public final List<XYChart.Series<Number, Number>> drawnSeries() {
        return List.copyOf(chart.getData());
    }

    /** Draws the time cursor at {@code t} (NaN: none). */
    protected final void timeCursor(double t) {
        ((CursorLineChart) chart).setTimeCursor(t);
    }

    /** Where the time cursor is drawn (NaN: nowhere), for tests. */
    public final double timeCursor() {
        return ((CursorLineChart) chart).timeCursor();
    }

    /** Fixed linear x range. */
    protected final void xRange(double lower, double upper) {
        xAxis.setAutoRanging(false);
        xAxis.setLowerBound(lower);
        xAxis.setUpperBound(upper);
        xAxis.setTickUnit(Ticks.niceStep(upper - lower, 8));
    }
}
