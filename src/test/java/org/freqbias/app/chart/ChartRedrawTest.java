package org.freqbias.app.chart;

import static org.freqbias.app.chart.RunFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.model.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** When charts redraw, and how much: nothing for data they already show, curves bounded by the plot's width. */
class ChartRedrawTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Counts every change made to what a chart's series draw: data items, their values, dot styles, paths. */
    private static final class Touches {
        private int count;
        private final InvalidationListener any = obs -> count++;
        private final ListChangeListener<Object> list = change -> count++;

        void watch(XYChart.Series<Number, Number> series) {
            series.getData().addListener(list);
            for (XYChart.Data<Number, Number> d : series.getData()) {
                d.XValueProperty().addListener(any);
                d.YValueProperty().addListener(any);
                if (d.getNode() != null) {
                    d.getNode().styleProperty().addListener(any);
                    d.getNode().layoutXProperty().addListener(any);
                }
            }
            Path path = (Path) series.getNode();
            path.getElements().addListener(list);
            for (PathElement e : path.getElements()) {
                if (e instanceof LineTo l) {
                    l.xProperty().addListener(any);
                    l.yProperty().addListener(any);
                } else if (e instanceof MoveTo m) {
                    m.xProperty().addListener(any);
                    m.yProperty().addListener(any);
                }
            }
        }

        void watch(XyChartFrame chart) {
            chart.drawnSeries().forEach(this::watch);
        }
    }

    /** {@code chart} alone in a styled scene of width x height, laid out. */
    private static <C extends Parent> C inScene(C chart, double width, double height) {
        Scene scene = new Scene(chart, width, height);
        ChartExporter.applyStyles(scene, Theme.LIGHT);
        chart.applyCss();
        chart.layout();
        return chart;
    }

    /**
     * Renders and lays out as a frame of the window does, then lays out once more after what the
     * frame left for later (a plot whose width changed redraws at its next layout). Not on the FX thread.
     */
    private static void frame(ChartFrame chart, ChartData data) throws Exception {
        fx(() -> {
            chart.render(data);
            chart.layout();
            return null;
        });
        fx(() -> {
            chart.layout();
            return null;
        });
    }

    /**
     * Each line chart, given data equal to what it shows (a new chart data of the same run state),
     * touches none of its series: no item added, removed or moved, no path element changed.
     */
    @Test
    void aChartGivenTheSameDataAgainTouchesNothing() throws Exception {
        try (RunFixture run = new RunFixture(200, 10, 512)) {
            run.advance(8);
            for (XyChartFrame chart : fx(() -> List.<XyChartFrame>of(new FitChart(), new SpectrumChart(), new FPrincipleChart(),
                    new LearningTimeChart(), new LossChart()))) {
                Touches touches = new Touches();
                fx(() -> inScene(chart, 700, 400));
                frame(chart, run.data());
                fx(() -> {
                    touches.watch(chart);
                    return null;
                });
                frame(chart, run.data());
                int drawnPoints = fx(() -> chart.drawnSeries().stream().mapToInt(s -> s.getData().size()).sum());
                assertTrue(drawnPoints > 20, chart.fileName() + " draws something: " + drawnPoints);
                assertEquals(0, touches.count, chart.fileName());
            }
        }
    }

    /** A new snapshot moves the network's loss curve and leaves the PDE's curve and path untouched. */
    @Test
    void aNewSnapshotTouchesOnlyTheCurvesItChanges() throws Exception {
        try (RunFixture run = new RunFixture(200, 10, 512)) {
            run.advance(5);
            LossChart loss = fx(LossChart::new);
            Touches network = new Touches();
            Touches pde = new Touches();
            fx(() -> inScene(loss, 700, 400));
            frame(loss, run.data());
            fx(() -> {
                network.watch(loss.drawnSeries().get(0));
                pde.watch(loss.drawnSeries().get(1));
                return null;
            });
            run.advance(1);
            frame(loss, run.data());
            assertTrue(network.count > 0, "the network's loss gained a point");
            assertEquals(0, pde.count, "the PDE's loss did not change");
        }
    }

    /**
     * A run of 6000 snapshots (history thinned to at most 512 rows, the PDE at 6001 times): every curve
     * keeps at most one lowest and one highest point per pixel column of the plot, more columns keep more,
     * and the thinned PDE curve keeps the extremes of all 6001 values.
     */
    @Test
    void pointsPerCurveAreBoundedByThePlotWidthWhateverTheRunLength() throws Exception {
        try (RunFixture run = new RunFixture(6000, 1, 512)) {
            run.advance(6000);
            int[] narrowAndWide = new int[2];
            for (int w = 0; w < 2; w++) {
                double width = w == 0 ? 400 : 1400;
                LossChart loss = fx(LossChart::new);
                FPrincipleChart peaks = fx(FPrincipleChart::new);
                for (XyChartFrame chart : List.of(loss, peaks)) {
                    fx(() -> inScene(chart, width, 400));
                    frame(chart, run.data());
                    int columns = fx(() -> (int) Math.ceil(chart.xAxis.getWidth()));
                    assertTrue(columns > width / 2, "plot width " + columns);
                    for (XYChart.Series<Number, Number> s : chart.drawnSeries()) {
                        int points = fx(() -> s.getData().size());
                        assertTrue(points <= 2 * columns + 2, chart.fileName() + ": " + points + " points in " + columns + " columns");
                    }
                }
                narrowAndWide[w] = fx(() -> loss.drawnSeries().get(1).getData().size());
                List<Double> y = fx(() -> loss.drawnSeries().get(1).getData().stream().map(d -> d.getYValue().doubleValue()).toList());
                double floor = fx(() -> Math.pow(10, loss.yAxis.getLowerBound()));
                double max = Double.NEGATIVE_INFINITY;
                double min = Double.POSITIVE_INFINITY;
                for (double v : run.pde.loss()) {
                    max = Math.max(max, v);
                    min = Math.min(min, v);
                }
                assertEquals(Math.log10(max), y.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), 1e-12);
                assertEquals(Math.log10(Math.max(min, floor)), y.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), 1e-12);
            }
            assertTrue(narrowAndWide[0] < narrowAndWide[1] && narrowAndWide[1] < 6001,
                    "PDE loss points, narrow and wide: " + narrowAndWide[0] + ", " + narrowAndWide[1]);
        }
    }

    /**
     * The window's board redraws one chart in the frame that shows new data and the others in the
     * frames after, in turn, until all show it; data already shown redraws nothing.
     */
    @Test
    void theBoardBringsOneChartUpToDatePerFrame() throws Exception {
        try (RunFixture run = new RunFixture(200, 10, 512)) {
            run.advance(3);
            ChartView data = ChartView.single(run.data());
            FXMLLoader loader = new FXMLLoader(ChartExporter.class.getResource("/fxml/charts.fxml"));
            Parent root = fx(loader::load);
            Board board = loader.getController();
            long showing = fx(() -> {
                inScene(root, 1200, 900);
                board.show(data);
                return board.charts().stream().filter(c -> c.shows(data)).count();
            });
            assertEquals(1, showing, "one chart in the frame the data arrives");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(board::caughtUp));
            assertEquals(6, (long) fx(() -> board.charts().stream().filter(c -> c.shows(data)).count()));
        }
    }
}
