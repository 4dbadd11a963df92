package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.freqbias.app.chart.SpectrogramChart;
import org.freqbias.app.model.Theme;
import org.freqbias.app.view.PdePanelController;
import org.freqbias.core.dist.Uniform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The small things a new user met, each fixed where a test can see it (small 1D session). */
class NewUserFixesUiTest extends UiHarness {

    @Start
    void start(Stage stage) throws IOException {
        show(stage, small());
    }

    @Test
    void aMessageLiesOverTheChartsAndANoticeGoesAway(FxRobot robot) throws Exception {
        waitFor(() -> model.chartDataProperty().get() != null);
        fx(() -> {
            model.info("");
            return null;
        });
        Node board = robot.lookup(".chart-board").query();
        Bounds before = fx(() -> board.localToScene(board.getLayoutBounds()));
        robot.push(KeyCode.CONTROL, KeyCode.R);
        assertEquals("Reset to step 0", fx(() -> model.messageProperty().get()));
        assertTrue(fx(() -> robot.lookup("#messageBar").query().isVisible()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, fx(() -> board.localToScene(board.getLayoutBounds())), "the charts did not move");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> model.messageProperty().get().isEmpty()));
        assertFalse(fx(() -> robot.lookup("#messageBar").query().isVisible()));
    }

    @Test
    void theSpectrogramsSubtitlesStayClearOfTheTopTick(FxRobot robot) throws Exception {
        waitFor(() -> model.chartDataProperty().get() != null && model.chartDataProperty().get().hasPde());
        for (Theme theme : Theme.values()) {
            fx(() -> {
                model.setTheme(theme);
                return null;
            });
            SpectrogramChart spectrogram = (SpectrogramChart) controller.charts().chart("spectrogram").orElseThrow();
            List<String> collisions = fx(() -> {
                spectrogram.getScene().getRoot().applyCss();
                spectrogram.getScene().getRoot().layout();
                List<Bounds> titles = spectrogram.lookupAll(".heat-map-title").stream().map(t -> t.localToScene(
                        ((Label) t).lookup(".text").getBoundsInLocal())).toList();
                return spectrogram.lookupAll(".axis").stream().filter(Node::isVisible)
                        .flatMap(a -> ((Region) a).getChildrenUnmodifiable().stream())
                        .filter(n -> n instanceof Text && n.isVisible() && !((Text) n).getText().isEmpty())
                        .map(n -> n.localToScene(n.getBoundsInLocal()))
                        .filter(tick -> titles.stream().anyMatch(tick::intersects))
                        .map(Bounds::toString).toList();
            });
            assertTrue(collisions.isEmpty(), theme + ": tick labels over a map's title: " + collisions);
        }
    }

    @Test
    void theDistributionsEdgeShowsInsideItsPlot(FxRobot robot) throws Exception {
        fx(() -> {
            model.apply(model.getSession().withDistribution(new Uniform(15)));
            return null;
        });
        NumberAxis x = fx(() -> (NumberAxis) robot.lookup("#preview").query().lookupAll(".axis").stream()
                .filter(a -> ((NumberAxis) a).getSide().isHorizontal()).findFirst().orElseThrow());
        waitFor(() -> x.getUpperBound() != 0);
        // The band ends at 15: the plot reaches at least a fifth beyond it, so the drop to 0 shows.
        assertTrue(fx(x::getUpperBound) >= 1.2 * 15, "upper bound " + fx(x::getUpperBound));
        assertTrue(fx(x::getUpperBound) <= 2.5 * 15, "and the band still fills most of it");
    }

    @Test
    void theSampledFrequenciesShowOnTheDarkTheme(FxRobot robot) throws Exception {
        waitFor(() -> model.chartDataProperty().get() != null);
        fx(() -> {
            model.setTheme(Theme.DARK);
            return null;
        });
        Node preview = robot.lookup("#preview").query();
        // The theme's stylesheet is applied at the next pulse: apply it now, so that the colours read
        // below are the dark theme's whatever the load (read before, the light stroke gave 2.0).
        fx(() -> {
            preview.getScene().getRoot().applyCss();
            return null;
        });
        Path histogram = fx(() -> (Path) preview.lookup(".rho-histogram"));
        Path density = fx(() -> (Path) preview.lookupAll(".chart-series-line").stream().filter(p -> p != histogram)
                .findFirst().orElseThrow());
        Color background = fx(() -> (Color) ((Region) preview.lookup(".chart-plot-background")).getBackground()
                .getFills().get(0).getFill());
        Color stroke = fx(() -> (Color) histogram.getStroke());
        // Under the density curve it runs along, the staircase shows on both sides of it.
        assertTrue(fx(histogram::getStrokeWidth) >= fx(density::getStrokeWidth) + 2, "wider than the density curve");
        double contrast = contrast(over(stroke, background), background);
        assertTrue(contrast >= 2.5, "contrast on the dark plot " + contrast);
    }

    @Test
    void theSamplingChoiceReadsAsInTheDocs(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<Object> sampling = robot.lookup("#sampling").queryAs(ComboBox.class);
        // The box's cell exists once its skin has been laid out (under load, after the test starts).
        Callable<String> shown = () -> sampling.getChildrenUnmodifiable().stream().filter(n -> n instanceof ListCell<?>)
                .map(n -> ((ListCell<?>) n).getText()).findFirst().orElse("");
        waitFor(() -> !shown.call().isEmpty());
        assertEquals("stratified", fx(shown), "what the closed box shows");
        assertEquals(List.of("stratified", "iid"), fx(() -> sampling.getItems().stream()
                .map(item -> sampling.getConverter().toString(item)).toList()));
    }

    @Test
    void ctrlRightStepsWhileATextFieldHasTheFocus(FxRobot robot) throws Exception {
        waitFor(() -> model.chartDataProperty().get() != null);
        TextField seed = robot.lookup("#seed").queryAs(TextField.class);
        fx(() -> {
            seed.requestFocus(); // the field may lie below the side panel's fold
            return null;
        });
        waitFor(seed::isFocused);
        robot.push(KeyCode.CONTROL, KeyCode.RIGHT);
        waitFor(() -> model.stepProperty().get() == 10); // small.json: one snapshot interval of 10 steps
        assertTrue(fx(seed::isFocused), "the field keeps the focus");
        robot.write("f"); // and keys without a modifier still type into it (F is focus mode elsewhere)
        assertFalse(fx(() -> controller.focusMode()));
    }

    @Test
    void theEquationBreaksOnlyBetweenTerms(FxRobot robot) throws Exception {
        Label equation = robot.lookup("#equation").queryAs(Label.class);
        fx(() -> {
            model.setTheme(Theme.PRESENTATION);
            return null;
        });
        for (boolean plane : List.of(false, true)) {
            String text = PdePanelController.equation(plane);
            // Inside a term the spaces are no-break spaces: the breaks can come only after "=", before "−" and "on".
            assertEquals(plane ? 3 : 2, text.chars().filter(c -> c == ' ').count(), text);
            fx(() -> {
                equation.setText(text);
                equation.setMaxWidth(230); // narrower than the panel (280 px, 300 in presentation) less its padding
                equation.getScene().getRoot().applyCss();
                equation.getScene().getRoot().layout();
                return null;
            });
            Text shown = fx(() -> (Text) equation.lookup(".text"));
            List<Double> lineOf = fx(() -> {
                List<Double> y = new java.util.ArrayList<>();
                for (int i = 0; i < text.length(); i++) {
                    y.add(shown.caretShape(i, true)[0] instanceof javafx.scene.shape.MoveTo m ? m.getY() : Double.NaN);
                }
                return y;
            });
            for (int i = 1; i < text.length(); i++) {
                if (!lineOf.get(i).equals(lineOf.get(i - 1))) {
                    assertEquals(' ', text.charAt(i - 1), "a line starts at \"" + text.substring(i) + "\": only after a space between terms");
                }
            }
            assertTrue(lineOf.stream().distinct().count() >= 2, "at 230 px the equation does break");
        }
        fx(() -> {
            equation.setMaxWidth(Region.USE_COMPUTED_SIZE);
            return null;
        });
    }

    /** {@code c} (with its alpha) painted over the opaque {@code under}. */
    private static Color over(Color c, Color under) {
        double a = c.getOpacity();
        return Color.color(a * c.getRed() + (1 - a) * under.getRed(), a * c.getGreen() + (1 - a) * under.getGreen(),
                a * c.getBlue() + (1 - a) * under.getBlue());
    }

    /** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double s) {
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
