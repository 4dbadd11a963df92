package org.freqbias.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.io.SafeFileName;

/** Open and Save of session files through a FileChooser, shared by the toolbar and the session panel. */
final class SessionFileActions {

    private final ExperimentModel model;
    private final Supplier<Window> owner;
    private File lastFolder;

    SessionFileActions(ExperimentModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    void open() {
        File file = chooser("Open session").showOpenDialog(owner.get());
        if (file != null) {
            lastFolder = file.getParentFile();
            model.open(file.toPath());
        }
    }

    void save() {
        FileChooser chooser = chooser("Save session");
        chooser.setInitialFileName(SafeFileName.stem(model.getSession().name()) + ".json");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            lastFolder = file.getParentFile();
            model.save(Path.of(file.getPath()));
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Session (*.json)", "*.json"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }
}
