package org.freqbias.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.freqbias.app.UiHarness;
import org.freqbias.core.session.Session;
import org.freqbias.core.target.FormulaTarget2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A formula in x1, x2 as the target of a 2D session, headless, on the small plane session. */
class PlaneFormulaUiTest extends UiHarness {

    @Start
    void start(Stage stage) throws IOException {
        show(stage, smallPlane());
    }

    @Test
    void formulaInX1X2IsAppliedRefusedWithItsColumnAndRoundTrips(FxRobot robot, @TempDir Path dir) throws Exception {
        ComboBox<String> type = robot.lookup("#planeType").queryComboBox();
        TextField expression = robot.lookup("#planeExpression").queryAs(TextField.class);
        Label problem = robot.lookup("#planeFormulaProblem").queryAs(Label.class);
        run(() -> type.setValue(PlaneTargetPanelController.FORMULA));
        assertInstanceOf(FormulaTarget2D.class, fx(() -> model.getSession().plane().target()));

        run(() -> enter(expression, "sin(2*x1 + x2) * exp(-(x1^2 + x2^2)/6)"));
        FormulaTarget2D typed = assertInstanceOf(FormulaTarget2D.class, fx(() -> model.getSession().plane().target()));
        for (double x1 = -8; x1 <= 8; x1 += 0.5) {
            for (double x2 = -8; x2 <= 8; x2 += 0.5) {
                double truth = Math.sin(2 * x1 + x2) * Math.exp(-(x1 * x1 + x2 * x2) / 6);
                assertEquals(truth, typed.value(x1, x2), 1e-12, "g(" + x1 + ", " + x2 + ")");
            }
        }

        // x3 is not a variable of a 2D target: refused at its column, the target kept.
        run(() -> enter(expression, "sin(x1) * x3"));
        assertSame(typed, fx(() -> model.getSession().plane().target()));
        assertTrue(fx(problem::isVisible));
        assertTrue(fx(problem::getText).contains("column 11"), () -> problem.getText());
        assertTrue(fx(() -> model.messageIsErrorProperty().get()));

        Path file = dir.resolve("plane-formula.json");
        run(() -> model.save(file));
        run(() -> model.loadSample("gaussian-bias"));
        run(() -> model.open(file));
        Session opened = fx(() -> model.getSession());
        assertFalse(fx(() -> model.messageIsErrorProperty().get()), () -> model.messageProperty().get());
        assertEquals(typed, opened.plane().target());
        assertEquals(PlaneTargetPanelController.FORMULA, fx(type::getValue));
        assertEquals("sin(2*x1 + x2) * exp(-(x1^2 + x2^2)/6)", fx(expression::getText));
    }

    /** What typing into the field and pressing Enter does. */
    private static void enter(TextField field, String text) {
        field.setText(text);
        field.fireEvent(new ActionEvent());
    }
}
