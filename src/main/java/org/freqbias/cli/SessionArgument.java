package org.freqbias.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.session.SessionFolder;

/** Resolves a SESSION argument: a JSON file path, or the name of a built-in sample session. */
final class SessionArgument {

    private SessionArgument() {
    }

    static Session load(String argument) throws IOException {
        var sample = SessionFiles.sampleNamed(argument);
        if (sample.isPresent()) {
            return SessionFiles.loadSample(sample.get());
        }
        checkExists(argument);
        return SessionFiles.load(Path.of(argument));
    }

    /** Refuses an argument that is neither a sample's name nor an existing file, listing the samples. */
    static void checkExists(String argument) {
        if (SessionFiles.sampleNamed(argument).isEmpty() && !Files.exists(Path.of(argument))) {
            throw new BadInputException("no such session file: " + argument
                    + " (give a path to a JSON file, or one of the built-in sessions " + SessionFiles.allSamples() + ")");
        }
    }

    /** Where the relative paths inside the session {@code argument} names are read from. */
    static SessionFolder folder(String argument) {
        Path onDisk = diskFolder(argument);
        return onDisk == null ? SessionFiles.sampleFolder() : SessionFolder.of(onDisk);
    }

    /** The folder on disk of the session file {@code argument} names; null for a built-in sample (it lives in the jar). */
    static Path diskFolder(String argument) {
        return SessionFiles.sampleNamed(argument).isPresent() ? null : Path.of(argument).toAbsolutePath().getParent();
    }
}
