package org.freqbias.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** An Open dialog for one kind of file that starts in the folder the previous choice came from. */
final class OpenFileDialog {

    private final String title;
    private final FileChooser.ExtensionFilter[] filters;
    private File lastFolder;

    OpenFileDialog(String title, FileChooser.ExtensionFilter... filters) {
        this.title = title;
        this.filters = filters.clone();
    }

    /** The file chosen; empty when the dialog was cancelled. */
    Optional<Path> show(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
