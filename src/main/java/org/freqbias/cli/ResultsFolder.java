package org.freqbias.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR} (required): the folder a command writes its results into, for compare, sweep, collect and study. */
final class ResultsFolder {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write results into (created if missing)")
    Path path;

    /** The folder, created if missing and checked writable before any work ({@link OutputDirectory#prepare}). */
    Path prepare() {
        return OutputDirectory.prepare(path);
    }
}
