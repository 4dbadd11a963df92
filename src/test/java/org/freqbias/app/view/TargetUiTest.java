package org.freqbias.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.freqbias.app.UiHarness;
import org.freqbias.app.chart.FitChart;
import org.freqbias.core.session.CsvFile;
import org.freqbias.core.session.Session;
import org.freqbias.core.target.FormulaTarget;
import org.freqbias.core.target.SampledTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Bringing one's own 1D target in the app, headless, on the small session: a formula in x, the
 * rows of a CSV file and a curve sketched on the fit chart; each checked against the function it
 * should be, refused with the position of the error when bad (the target stays), and round-tripped
 * through Save and Open.
 */
class TargetUiTest extends UiHarness {

    @Start
    void start(Stage stage) throws IOException {
        show(stage, small());
    }

    @Test
    void formulaIsAppliedRefusedWithItsColumnAndRoundTrips(FxRobot robot, @TempDir Path dir) throws Exception {
        ComboBox<String> type = type(robot);
        TextField expression = robot.lookup("#expression").queryAs(TextField.class);
        Label problem = robot.lookup("#formulaProblem").queryAs(Label.class);
        run(() -> type.setValue(TargetPanelController.FORMULA));
        FormulaTarget first = assertInstanceOf(FormulaTarget.class, fx(() -> model.getSession().target()));

        run(() -> enter(expression, "cos(2*x) * exp(-x^2/8) + 0.5*sin(5*x)"));
        FormulaTarget typed = assertInstanceOf(FormulaTarget.class, fx(() -> model.getSession().target()));
        assertTrue(first != typed);
        waitFor(() -> model.chartDataProperty().get() != null && model.chartDataProperty().get().session().target().equals(typed));
        double[] x = fx(() -> model.chartDataProperty().get().domain().points());
        double[] g = fx(() -> model.chartDataProperty().get().facts().target());
        for (int i = 0; i < x.length; i++) {
            double truth = Math.cos(2 * x[i]) * Math.exp(-x[i] * x[i] / 8) + 0.5 * Math.sin(5 * x[i]);
            assertEquals(truth, g[i], 1e-12, "g at x = " + x[i]);
        }

        // An unbalanced bracket at column 11: refused where it is, the text kept for fixing, the target kept.
        run(() -> enter(expression, "sin(3*x) * (exp(-x^2/2)"));
        assertSame(typed, fx(() -> model.getSession().target()));
        assertTrue(fx(problem::isVisible));
        String text = fx(problem::getText);
        assertTrue(text.startsWith("column "), text);
        assertTrue(fx(() -> model.messageIsErrorProperty().get()));
        assertTrue(fx(() -> model.messageProperty().get()).contains("the target stays"));
        assertEquals("sin(3*x) * (exp(-x^2/2)", fx(expression::getText));
        run(() -> enter(expression, "sin(3*x) * y"));
        assertTrue(fx(problem::getText).contains("column 12"), () -> "an unknown variable is pointed at: " + problem.getText());
        assertSame(typed, fx(() -> model.getSession().target()));

        Session saved = roundTrip(dir.resolve("formula.json"));
        assertEquals(typed, saved.target());
        assertEquals(TargetPanelController.FORMULA, fx(type::getValue));
        assertEquals("cos(2*x) * exp(-x^2/8) + 0.5*sin(5*x)", fx(expression::getText));
        assertFalse(fx(problem::isVisible), "a good target clears the old problem");
    }

    @Test
    void csvIsReadRefusedWithItsLineAndRoundTrips(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("target.csv");
        Files.writeString(good, "x,y\n-4,0\n-1,2\n0,-1\n3,1\n5,0\n");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y\n-4,0\n-1,2\n0,oops\n3,1\n");
        Session before = fx(() -> model.getSession());
        run(() -> model.openCsv(bad));
        assertSame(before, fx(() -> model.getSession()), "a bad file keeps the target");
        String message = fx(() -> model.messageProperty().get());
        assertTrue(fx(() -> model.messageIsErrorProperty().get()));
        assertTrue(message.contains("bad.csv") && message.contains("line 4") && message.contains("column 2"), message);

        run(() -> model.openCsv(good));
        CsvFile csv = assertInstanceOf(CsvFile.class, fx(() -> model.getSession().target()));
        // Linear between rows and zero outside them (independent: the hand-made table).
        double[][] rows = {{-4, 0}, {-1, 2}, {0, -1}, {3, 1}, {5, 0}};
        for (double x = -6; x <= 6; x += 0.125) {
            assertEquals(interpolate(rows, x), csv.value(x), 1e-12, "x = " + x);
        }
        Session saved = roundTrip(dir.resolve("csv.json"));
        assertEquals(csv, saved.target());
        assertEquals(TargetPanelController.CSV, fx(() -> typeValue()));
    }

    @Test
    void sketchOnTheFitChartBecomesTheTargetAndRoundTrips(FxRobot robot, @TempDir Path dir) throws Exception {
        waitUntil(() -> model.chartDataProperty().get() != null);
        FitChart fit = controller.charts().fitChart();
        Session before = fx(() -> model.getSession());

        // Esc cancels: no target change, the mode ends.
        run(() -> type(robot).setValue(TargetPanelController.SKETCH));
        assertTrue(fx(fit::sketching));
        run(fit::requestFocus);
        waitFor(fit::isFocused);
        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(fit::sketching));
        assertSame(before, fx(() -> model.getSession()));
        assertEquals("wave packet", fx(() -> typeValue()), "the panel shows the target in force again");

        // A stroke from x = -6 to 6 along y = 0.4 x / 6 (a ramp), drawn with the mouse.
        run(() -> robot.lookup("#sketchButton").queryAs(javafx.scene.control.Button.class).fire());
        assertTrue(fx(fit::sketching));
        dragThrough(robot.from(fit).lookup(".chart-plot-background").query(),
                i -> fit.scenePosition(-6 + 12 * i / 60.0, 0.4 * (-6 + 12 * i / 60.0) / 6), 60);
        assertFalse(fx(fit::sketching), "one stroke, then the mode ends");
        SampledTarget sketched = assertInstanceOf(SampledTarget.class, fx(() -> model.getSession().target()));
        double pixelX = fx(() -> 12 / (fit.scenePosition(6, 0).getX() - fit.scenePosition(-6, 0).getX()));
        assertEquals(-6, sketched.points()[0][0], 2 * pixelX, "starts where the stroke starts");
        assertEquals(6, sketched.points()[sketched.size() - 1][0], 2 * pixelX, "ends where it ends");
        // Inside, the smoothed stroke is the ramp within pixel rounding (measured 1.4e-3).
        for (double x = -4; x <= 4; x += 0.5) {
            assertEquals(0.4 * x / 6, sketched.value(x), 0.005, "x = " + x);
        }
        assertEquals(0, sketched.value(7), 0, "zero outside the stroke");

        Session saved = roundTrip(dir.resolve("sketch.json"));
        assertEquals(sketched, saved.target());
        assertEquals(TargetPanelController.SKETCH, fx(() -> typeValue()));
    }

    /** Saves the session, changes it, opens the saved file: returns the session opened. */
    private Session roundTrip(Path file) throws Exception {
        Session edited = fx(() -> model.getSession());
        run(() -> model.save(file));
        run(() -> model.loadSample("gaussian-bias"));
        run(() -> model.open(file));
        Session opened = fx(() -> model.getSession());
        assertFalse(fx(() -> model.messageIsErrorProperty().get()), () -> model.messageProperty().get());
        assertEquals(edited.target(), opened.target());
        return opened;
    }

    private static String typeValue() {
        return type(new FxRobot()).getValue();
    }

    private static ComboBox<String> type(FxRobot robot) {
        return robot.lookup("#type").queryComboBox();
    }

    /** What typing into the field and pressing Enter does. */
    private static void enter(TextField field, String text) {
        field.setText(text);
        field.fireEvent(new ActionEvent());
    }

    private static double interpolate(double[][] rows, double x) {
        if (x < rows[0][0] || x > rows[rows.length - 1][0]) {
            return 0;
        }
        for (int i = 1; i < rows.length; i++) {
            if (x <= rows[i][0]) {
                double t = (x - rows[i - 1][0]) / (rows[i][0] - rows[i - 1][0]);
                return rows[i - 1][1] + t * (rows[i][1] - rows[i - 1][1]);
            }
        }
        return 0;
    }
}
