package org.freqbias.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Open, Save and folder dialogs that start in the folder the previous choice came from (one folder
 * per dialog object: share the object to share the folder), for files of the kinds given.
 */
final class FileDialog {

    private final FileChooser.ExtensionFilter[] filters;
    private File lastFolder;

    /** A dialog offering {@code filters} (none: any file, or the kind each Save names). */
    FileDialog(FileChooser.ExtensionFilter... filters) {
        this.filters = filters.clone();
    }

    /** The file chosen to open; empty when the dialog was cancelled. */
    Optional<Path> open(Window owner, String title) {
        return chosen(chooser(title, filters).showOpenDialog(owner));
    }

    /** The file chosen to save to, {@code initialName} proposed; empty when the dialog was cancelled. */
    Optional<Path> save(Window owner, String title, String initialName) {
        return save(owner, title, initialName, filters);
    }

    /** As {@link #save(Window, String, String)}, offering {@code kinds} instead of this dialog's filters. */
    Optional<Path> save(Window owner, String title, String initialName, FileChooser.ExtensionFilter... kinds) {
        FileChooser chooser = chooser(title, kinds);
        chooser.setInitialFileName(initialName);
        return chosen(chooser.showSaveDialog(owner));
    }

    /** A folder chosen (it becomes the folder the next dialog starts in); empty when the dialog was cancelled. */
    Optional<Path> folder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return Optional.empty();
        }
        lastFolder = folder;
        return Optional.of(folder.toPath());
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter[] kinds) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(kinds);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> chosen(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
