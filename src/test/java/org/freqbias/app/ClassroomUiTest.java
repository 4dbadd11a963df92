package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.chart.ChartInfo;
import org.freqbias.app.chart.LearningTimeChart;
import org.freqbias.app.chart.SpectrogramChart;
import org.freqbias.app.chart.SpectrumChart;
import org.freqbias.app.chart.XyChartFrame;
import org.freqbias.app.model.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * What a teacher uses in the window (small 1D session: 256 samples, peaks at 2 and 6): the info
 * button on every chart, the hover readout, the target's peaks marked, focus mode, thicker lines
 * in the presentation theme, the window's size and F11.
 */
class ClassroomUiTest extends UiHarness {

    @Start
    void start(Stage stage) throws IOException {
        show(stage, small());
    }

    @Test
    void everyChartHasAnInfoButtonThatOpensItsTextFromTheKeyboard(FxRobot robot) throws Exception {
        waitFor(() -> model.chartDataProperty().get() != null);
        List<ChartFrame> all = new ArrayList<>(controller.charts().charts());
        all.addAll(controller.planeCharts().charts());
        Set<String> keys = new TreeSet<>();
        for (ChartFrame chart : all) {
            keys.add(chart.infoKey());
            assertTrue(chart.infoText().length() > 100, chart.fileName() + " has a real explanation");
            assertTrue(fx(() -> chart.infoButton().isFocusTraversable()), "Tab reaches the info button");
        }
        assertEquals(ChartInfo.keys(), keys, "one text per chart in the resource file, none unused");
        for (ChartFrame chart : controller.charts().charts()) {
            fx(() -> {
                chart.infoButton().requestFocus();
                return null;
            });
            waitFor(() -> chart.infoButton().isFocused());
            robot.type(KeyCode.ENTER);
            waitFor(() -> chart.infoPopup() != null && chart.infoPopup().isShowing());
            assertEquals(ChartInfo.text(chart.infoKey()), fx(() -> chart.infoPopup().text()));
            robot.type(KeyCode.ESCAPE);
            waitFor(() -> !chart.infoPopup().isShowing());
        }
    }

    @Test
    void hoveringTheSpectrumReadsTheCoordinatesUnderTheMouse(FxRobot robot) throws Exception {
        waitFor(() -> model.chartDataProperty().get() != null && model.chartDataProperty().get().hasPde());
        SpectrumChart spectrum = chart(SpectrumChart.class);
        // A point of the plot at xi = 5, |r^| = 10^-2 (the y axis is log10 of |r^|).
        Point2D screen = fx(() -> {
            NumberAxis x = axis(spectrum, true);
            NumberAxis y = axis(spectrum, false);
            double sx = x.localToScreen(x.getDisplayPosition(5), 0).getX();
            double sy = y.localToScreen(0, y.getDisplayPosition(-2)).getY();
            return new Point2D(sx, sy);
        });
        robot.moveTo(screen);
        waitFor(() -> spectrum.readout().isVisible());
        String text = fx(() -> spectrum.readout().getText());
        double[] values = numbers(text);
        double pixelXi = fx(() -> {
            NumberAxis x = axis(spectrum, true);
            return (x.getUpperBound() - x.getLowerBound()) / x.getWidth();
        });
        assertTrue(text.startsWith("ξ = ") && text.contains("|ȓ| = "), text);
        assertEquals(5, values[0], 1.5 * pixelXi, text); // within a pixel and a half of the mouse
        assertEquals(-2, Math.log10(values[1]), 0.02, text);
        robot.moveTo(controller.charts().charts().get(0).lookup(".chart-title"));
        waitFor(() -> !spectrum.readout().isVisible());
    }

    @Test
    void hoveringTheSpectrogramReadsTheCellAndItsValue(FxRobot robot) throws Exception {
        waitFor(() -> model.chartDataProperty().get() != null && model.chartDataProperty().get().hasPde());
        SpectrogramChart spectrogram = chart(SpectrogramChart.class);
        ChartData data = fx(() -> model.chartDataProperty().get());
        Region pdeImage = fx(() -> (Region) new ArrayList<>(spectrogram.lookupAll(".heat-map-image")).get(1));
        int columns = fx(() -> countUpTo(data.magnitudes(), data.maxFrequency()));
        int rows = 160; // the spectrogram's time rows
        int c = columns / 3;
        int r = rows * 3 / 5;
        Point2D point = fx(() -> pdeImage.localToScreen((c + 0.5) / columns * pdeImage.getWidth(),
                (1 - (r + 0.5) / rows) * pdeImage.getHeight()));
        robot.moveTo(point);
        waitFor(() -> spectrogram.readout().isVisible() && spectrogram.readout().getText().contains("t = "));
        double[] shown = numbers(fx(() -> spectrogram.readout().getText()));
        double t = data.totalTime() * (r + 0.5) / rows;
        // Independent of the heat map: the PDE's |u| at that time and frequency index, at the map's floor.
        double[] abs = data.pde().absNearest(t);
        double floor = Math.pow(10, Math.log10(maxUpTo(data.facts().initialAbs(), columns)) - 4);
        assertEquals((c + 0.5) * data.maxFrequency() / columns, shown[0], 1e-2 * data.maxFrequency(), "ξ of the cell");
        assertEquals(t, shown[1], 0.01 * data.totalTime(), "t of the cell");
        assertEquals(Math.max(abs[c], floor), shown[2], 0.006 * Math.max(abs[c], floor), "|ȓ| of the cell (3 digits)");
    }

    @Test
    void theTargetsPeaksAreMarkedOnTheFrequencyCharts() throws Exception {
        // Until every chart has caught up (one per frame), the learning-time chart may not have drawn yet.
        waitUntil(() -> model.chartDataProperty().get() != null && model.chartDataProperty().get().hasPde());
        // small.json: peaks at 2 and 6 on the grid xi_k = k pi / 10.
        double dxi = Math.PI / 10;
        double[] peaks = {Math.round(2 / dxi) * dxi, Math.round(6 / dxi) * dxi};
        for (XyChartFrame chart : List.of(chart(SpectrumChart.class), chart(LearningTimeChart.class))) {
            assertArrayEquals(peaks, fx(chart::peakRules), chart.fileName());
            List<Line> rules = fx(() -> chart.lookupAll(".peak-rule").stream().map(Line.class::cast).toList());
            assertEquals(2, rules.size());
            NumberAxis x = fx(() -> axis(chart, true));
            for (int i = 0; i < 2; i++) {
                Line rule = rules.get(i);
                double at = peaks[i];
                assertTrue(fx(rule::isVisible));
                assertEquals(fx(() -> x.getDisplayPosition(at)), fx(rule::getStartX), 0.5, "the rule lies at the peak");
            }
        }
        SpectrogramChart spectrogram = chart(SpectrogramChart.class);
        assertEquals(4, fx(() -> spectrogram.lookupAll(".peak-rule").size()), "two peaks on each of the two maps");
    }

    @Test
    void focusModeShowsTheChosenChartsLargeAndEscLeaves(FxRobot robot) throws Exception {
        waitFor(() -> model.chartDataProperty().get() != null);
        ChartFrame fit = controller.charts().charts().get(0);
        ChartFrame loss = controller.charts().charts().get(5);
        robot.clickOn(fit.lookup(".chart-title"));
        robot.press(KeyCode.CONTROL).clickOn(loss.lookup(".chart-title")).release(KeyCode.CONTROL);
        robot.type(KeyCode.F);
        assertTrue(fx(() -> controller.focusMode()));
        assertEquals(List.of(fit, loss), fx(() -> controller.charts().shown()), "the two charts clicked");
        assertFalse(fx(() -> robot.lookup("#leftPanel").query().isVisible()), "side panels hidden");
        assertFalse(fx(() -> robot.lookup("#rightPanel").query().isVisible()));
        Label time = robot.lookup("#focusTime").queryAs(Label.class);
        Label status = robot.lookup("#timeStatus").queryAs(Label.class);
        assertTrue(fx(time::isVisible));
        assertTrue(fx(() -> time.getFont().getSize() >= 1.5 * status.getFont().getSize()), "t in large type");
        assertEquals(fx(status::getText), fx(time::getText), "the large t follows the status bar's while shown");
        Bounds a = fx(() -> fit.localToScene(fit.getLayoutBounds()));
        Bounds b = fx(() -> loss.localToScene(loss.getLayoutBounds()));
        assertEquals(a.getMinY(), b.getMinY(), 1, "side by side");
        assertTrue(a.getMaxX() <= b.getMinX(), "side by side");
        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(() -> controller.focusMode()));
        assertEquals(6, fx(() -> controller.charts().shown().size()));
        assertFalse(fx(() -> time.textProperty().isBound()), "hidden, the large figures stop following (no repaint per snapshot)");
        assertTrue(fx(() -> robot.lookup("#leftPanel").query().isVisible()));
        robot.type(KeyCode.F);
        assertEquals(List.of(fit, loss), fx(() -> controller.charts().shown()), "the choice is remembered");
        robot.type(KeyCode.F);
        assertFalse(fx(() -> controller.focusMode()), "F again leaves");
    }

    @Test
    void thePresentationThemeDrawsLinesAtLeastThreePixelsWide() throws Exception {
        waitFor(() -> model.chartDataProperty().get() != null);
        SpectrumChart spectrum = chart(SpectrumChart.class);
        int network = 3; // at t = 0, kernel limit, linearized, network, PDE
        assertEquals(2, fx(() -> strokeWidth(spectrum, network)), 1e-9, "2 px in the light theme");
        fx(() -> {
            model.setTheme(Theme.PRESENTATION);
            return null;
        });
        waitFor(() -> strokeWidth(spectrum, network) == 3);
        Path pde = fx(() -> (Path) spectrum.drawnSeries().get(4).getNode());
        assertEquals(List.of(10.5, 7.5), fx(pde::getStrokeDashArray), "the PDE's dashes 7 5 grow with the line");
        double legendSample = fx(() -> ((Line) spectrum.lookupAll(".legend-entry").stream()
                .map(n -> ((Label) n).getGraphic()).filter(g -> g instanceof Line).findFirst().orElseThrow()).getStrokeWidth());
        assertTrue(legendSample >= 3, "the legend's samples too: " + legendSample);
    }

    @Test
    void theWindowOpensSizedToTheScreenAndF11TogglesFullScreen(FxRobot robot) throws Exception {
        // Monocle's screen here is 1920 x 1080 (pom.xml): 92 % of it.
        assertEquals(Math.round(1920 * 0.92), fx(() -> stage.getScene().getWidth()), 1);
        assertEquals(Math.round(1080 * 0.92), fx(() -> stage.getScene().getHeight()), 1);
        robot.type(KeyCode.F11);
        waitFor(() -> stage.isFullScreen());
        robot.type(KeyCode.F11);
        waitFor(() -> !stage.isFullScreen());
    }

    private static double strokeWidth(XyChartFrame chart, int series) {
        return ((Path) chart.drawnSeries().get(series).getNode()).getStrokeWidth();
    }

    private static NumberAxis axis(XyChartFrame chart, boolean horizontal) {
        return chart.lookupAll(".axis").stream().map(NumberAxis.class::cast)
                .filter(a -> a.getSide().isHorizontal() == horizontal).findFirst().orElseThrow();
    }

    /** The numbers after each "=" of a readout such as "ξ = 5.01   |ȓ| = 0.0098". */
    static double[] numbers(String readout) {
        Matcher m = Pattern.compile("= (-?[0-9.]+(?:e-?[0-9]+)?)").matcher(readout);
        List<Double> out = new ArrayList<>();
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int countUpTo(double[] xi, double max) {
        int n = 0;
        while (n < xi.length && xi[n] <= max + 1e-12) {
            n++;
        }
        return n;
    }

    private static double maxUpTo(double[] values, int n) {
        double m = 0;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, values[i]);
        }
        return m;
    }

    private static void assertArrayEquals(double[] want, double[] got, String what) {
        assertEquals(want.length, got.length, what);
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], 1e-9, what + " rule " + i);
        }
    }
}
