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
        if (isSample(argument)) {
            return SessionFiles.loadSample(argument.replace(".json", ""));
        }
        Path path = Path.of(argument);
        if (!Files.exists(path)) {
            throw new BadInputException("no such session file: " + argument
                    + " (give a path to a JSON file, or one of the built-in sessions " + SessionFiles.allSamples() + ")");
        }
        return SessionFiles.load(path);
    }

    /** Where the relative paths inside the session {@code argument} names are read from. */
    static SessionFolder folder(String argument) {
        return isSample(argument) ? SessionFiles.sampleFolder() : SessionFolder.of(Path.of(argument).toAbsolutePath().getParent());
    }

    private static boolean isSample(String argument) {
        return !Files.exists(Path.of(argument)) && !argument.contains("/")
                && SessionFiles.allSamples().contains(argument.replace(".json", ""));
    }
}
