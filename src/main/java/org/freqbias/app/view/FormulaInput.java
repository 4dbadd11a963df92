package org.freqbias.app.view;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.target.FormulaException;

/**
 * A formula typed into a text field, for the 1D and 2D target panels: a bad one is refused with
 * the problem under the field and in the message bar, the caret at the error's column, and both
 * the text typed and the target in force kept.
 */
final class FormulaInput {

    private FormulaInput() {
    }

    /**
     * Hands the field's text to {@code use} (which builds and applies the target); an
     * IllegalArgumentException from it is shown as above.
     */
    static void apply(TextField field, Label problem, ExperimentModel model, Consumer<String> use) {
        try {
            use.accept(field.getText());
            problem.setVisible(false);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            model.error("Refused formula (the target stays): " + e.getMessage());
            // Focus first: gaining focus selects the whole text, placing the caret then deselects it.
            field.requestFocus();
            if (e instanceof FormulaException f) {
                field.positionCaret(Math.min(field.getLength(), f.column() - 1));
            }
        }
    }
}
