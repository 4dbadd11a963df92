package org.freqbias.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any work starts, that results can be written where the user asked. */
final class OutputDirectory {

    private OutputDirectory() {
    }

    static Path prepare(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new BadInputException("--out " + dir + " is a file, not a directory; give a directory path");
            }
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new BadInputException("cannot write to the output directory " + dir + " (" + e + "); choose a writable directory with --out", e);
        }
    }
}
