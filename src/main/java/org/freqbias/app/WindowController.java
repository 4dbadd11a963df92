package org.freqbias.app;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.freqbias.app.model.ExperimentModel;

/**
 * What the controller of the window's FXML (main.fxml, in app.view) does for {@link App}: the views
 * stay behind FXML, and nothing outside app.view imports them.
 */
public interface WindowController {

    /**
     * Connects the view to {@code model}; {@code stage} owns the dialogs; {@code bundles} writes
     * what Export bundle asks for. FX thread.
     */
    void init(ExperimentModel model, Stage stage, BundleWriter bundles);

    /** Installs the keyboard shortcuts on {@code scene}. */
    void installShortcuts(Scene scene);

    /**
     * Plays the lesson in the file {@code fileOrName}, or the shipped lesson of that name; a lesson
     * that cannot be played is refused with a message and nothing of it is applied.
     */
    void openLesson(String fileOrName);

    /**
     * Reads the sweep folder {@code dir} in the background and shows it in the sweep window; a folder
     * that is not a sweep is refused with a message and the window keeps its state.
     */
    void openSweep(Path dir);
}
