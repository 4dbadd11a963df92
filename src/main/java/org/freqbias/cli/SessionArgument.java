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

    /** The folder of the session {@code argument} names, for a path: null for a built-in sample (a classpath folder). */
    static Path folder(String argument) {
        return isSample(argument) ? null : Path.of(argument).toAbsolutePath().getParent();
    }

    /** True when {@code argument} names a built-in sample rather than a file. */
    private static boolean isSample(String argument) {
        return !Files.exists(Path.of(argument)) && !argument.contains("/")
                && SessionFiles.allSamples().contains(argument.replace(".json", ""));
    }
}
