package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.freqbias.app.chart.Board;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.model.Theme;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Large type must never cut text. At projector sizes, 1280 x 720, 1366 x 768 and 1920 x 1080, in
 * the presentation theme, and at 1280 x 720 in the light theme: no label of the window shows less than
 * its text ({@link Truncation}), no chart is squeezed below the size its text needs (when the
 * window is too small the charts scroll down, never sideways), every chart title lies inside its
 * chart and every colour bar inside its chart. For a 1D, a deep ("PDE (2-layer reference)") and a 2D sample (with both
 * kernel flows: four images in a row), in the normal layout and in focus mode.
 */
class WholeTextUiTest extends UiHarness {

    @Start
    void start(Stage stage) throws IOException {
        show(stage, SessionFiles.loadSample("gaussian-bias"));
    }

    @Test
    void presentationAtAProjectorsSizeCutsNothing() throws Exception {
        assertNothingCut(Theme.PRESENTATION, 1280, 720, "gaussian-bias", "deep-gaussian", "plane-waves");
    }

    @Test
    void presentationAtALaptopsSizeCutsNothing() throws Exception {
        assertNothingCut(Theme.PRESENTATION, 1366, 768, "gaussian-bias", "plane-waves");
    }

    @Test
    void presentationAtFullHdCutsNothing() throws Exception {
        assertNothingCut(Theme.PRESENTATION, 1920, 1080, "gaussian-bias", "deep-gaussian", "plane-waves");
    }

    @Test
    void lightThemeAtAProjectorsSizeCutsNothing() throws Exception {
        assertNothingCut(Theme.LIGHT, 1280, 720, "gaussian-bias", "plane-waves");
    }

    /** Checks each of {@code samples} in {@code theme} at {@code width} x {@code height}; fails with every problem found. */
    private void assertNothingCut(Theme theme, double width, double height, String... samples) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String sample : samples) {
            problems.addAll(check(theme, width, height, sample));
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Loads {@code sample} in {@code theme} at {@code width} x {@code height}: the problems found, normal and in focus mode. */
    private List<String> check(Theme theme, double width, double height, String sample) throws Exception {
        fx(() -> {
            model.setTheme(theme);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            model.loadSample(sample);
            return null;
        });
        boolean plane = sample.equals("plane-waves");
        waitFor(() -> model.chartDataProperty().get() != null && model.chartDataProperty().get().hasPde()
                && model.chartDataProperty().get().session().name().equals(sample));
        if (plane) {
            fx(() -> {
                for (KernelFlowKind kind : KernelFlowKind.values()) {
                    model.kernelFlowShownProperty(kind).set(true);
                }
                return null;
            });
            waitFor(() -> model.chartDataProperty().get().has(KernelFlowKind.KERNEL_LIMIT)
                    && model.chartDataProperty().get().has(KernelFlowKind.LINEARIZED));
        }
        fx(() -> {
            model.info(""); // a notice lies over the charts for a few seconds; the test reads what lies under it
            return null;
        });
        String where = theme + " " + (int) width + " x " + (int) height + ", " + sample;
        List<String> problems = new ArrayList<>(fx(() -> problems(where, plane)));
        for (String chart : List.of(plane ? "fields" : "spectrogram", "spectrum")) {
            fx(() -> {
                board(plane).chart(chart).orElseThrow().requestFocus(); // Tab to the chart, then F
                return null;
            });
            robotKey(javafx.scene.input.KeyCode.F);
            if (!fx(() -> controller.focusMode() && board(plane).shown().equals(List.of(board(plane).chart(chart).orElseThrow())))) {
                problems.add(where + ": F did not show " + chart + " alone");
            }
            problems.addAll(fx(() -> problems(where + ", focus on " + chart, plane)));
            robotKey(javafx.scene.input.KeyCode.ESCAPE);
        }
        fx(() -> {
            for (KernelFlowKind kind : KernelFlowKind.values()) {
                model.kernelFlowShownProperty(kind).set(false);
            }
            return null;
        });
        return problems;
    }

    private List<String> problems(String where, boolean plane) {
        Parent root = stage.getScene().getRoot();
        root.applyCss();
        root.layout();
        List<String> out = new ArrayList<>();
        Truncation.find(root).forEach(cut -> out.add(where + ": " + cut));
        // The charts may scroll down when the window cannot hold them, never sideways: that cuts legends at the right.
        ScrollPane chartScroll = (ScrollPane) root.lookup("#chartScroll");
        double contentWidth = ((Region) chartScroll.getContent()).getWidth();
        if (contentWidth > chartScroll.getViewportBounds().getWidth() + 0.5) {
            out.add(where + ": the charts scroll sideways, " + Math.round(contentWidth) + " px in a view "
                    + Math.round(chartScroll.getViewportBounds().getWidth()) + " px wide");
        }
        for (ChartFrame chart : board(plane).shown()) {
            String name = where + ", chart " + chart.fileName();
            if (chart.getHeight() < chart.minHeight(chart.getWidth()) - 1 || chart.getWidth() < chart.minWidth(-1) - 1) {
                out.add(name + ": squeezed to " + size(chart) + ", below " + Math.round(chart.minWidth(-1)) + " x "
                        + Math.round(chart.minHeight(chart.getWidth())));
            }
            Node title = chart.lookup(".chart-title");
            if (!inside(title, chart)) {
                out.add(name + ": title outside its chart");
            }
            for (Node bar : chart.lookupAll(".colour-bar")) {
                if (bar.getLayoutBounds().getWidth() < 10 || !inside(bar, chart)) {
                    out.add(name + ": colour bar not shown whole (" + size(bar) + ")");
                }
            }
        }
        return out;
    }

    private static boolean inside(Node n, Node outer) {
        Bounds b = outer.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        Bounds o = outer.getLayoutBounds();
        return b.getMinX() >= o.getMinX() - 0.5 && b.getMaxX() <= o.getMaxX() + 0.5
                && b.getMinY() >= o.getMinY() - 0.5 && b.getMaxY() <= o.getMaxY() + 0.5;
    }

    private static String size(Node n) {
        return Math.round(n.getLayoutBounds().getWidth()) + " x " + Math.round(n.getLayoutBounds().getHeight());
    }

    private Board board(boolean plane) {
        return plane ? controller.planeCharts() : controller.charts();
    }

    private void robotKey(javafx.scene.input.KeyCode key) throws Exception {
        new org.testfx.api.FxRobot().type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
