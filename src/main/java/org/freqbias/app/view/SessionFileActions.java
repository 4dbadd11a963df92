package org.freqbias.app.view;

import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.io.SafeFileName;

/** Open and Save of session files, shared by the toolbar and the session panel. */
final class SessionFileActions {

    private final ExperimentModel model;
    private final Supplier<Window> owner;
    private final FileDialog dialog = new FileDialog(new FileChooser.ExtensionFilter("Session (*.json)", "*.json"));

    SessionFileActions(ExperimentModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    void open() {
        dialog.open(owner.get(), "Open session").ifPresent(model::open);
    }

    void save() {
        dialog.save(owner.get(), "Save session", SafeFileName.stem(model.getSession().name()) + ".json").ifPresent(model::save);
    }
}
