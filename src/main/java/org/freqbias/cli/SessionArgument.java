package org.freqbias.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;

/** Resolves a SESSION argument: a JSON file path, or the name of a built-in sample session. */
final class SessionArgument {

    private SessionArgument() {
    }

    static Session load(String argument) throws IOException {
        Path path = Path.of(argument);
        if (!Files.exists(path) && !argument.contains("/") && SessionFiles.allSamples().contains(argument.replace(".json", ""))) {
            return SessionFiles.loadSample(argument.replace(".json", ""));
        }
        if (!Files.exists(path)) {
            throw new BadInputException("no such session file: " + argument
                    + " (give a path to a JSON file, or one of the built-in sessions " + SessionFiles.allSamples() + ")");
        }
        return SessionFiles.load(path);
    }
}
