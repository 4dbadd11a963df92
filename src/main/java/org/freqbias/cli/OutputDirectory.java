package org.freqbias.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.freqbias.core.io.RunFolder;

/**
 * The output folders of the commands, with the command line's wording for what goes wrong: a run's
 * folder ({@link RunFolder}: staged beside {@code --out}, moved into place whole) and the plain
 * folder that holds a comparison's files and its runs' folders.
 */
final class OutputDirectory {

    private OutputDirectory() {
    }

    /** Creates {@code dir} if missing and checks, before any work starts, that files can be written there. */
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
            throw unwritable(dir, e);
        }
    }

    /** Opens the run folder for {@code --out dir}, before any work starts; a refusal names --out and what to do. */
    static RunFolder open(Path dir) {
        try {
            return RunFolder.open(dir);
        } catch (RunFolder.NotReplaceable e) {
            throw new BadInputException("--out " + dir + ": " + e.getReason(), e);
        } catch (IOException | SecurityException e) {
            throw unwritable(dir, e);
        }
    }

    private static BadInputException unwritable(Path dir, Exception e) {
        return new BadInputException("cannot write to the output directory " + dir + " (" + Failures.inputProblem(e).orElse(e.toString())
                + "); choose a writable directory with --out", e);
    }

    /**
     * The one line for a write that failed while the results were written (a full disk): the run
     * is dropped whole and {@code dir} keeps what it held.
     */
    static BadInputException writeFailed(Path dir, IOException e) {
        String reason = Failures.inputProblem(e).orElse(e.toString());
        return new BadInputException("could not write the results into " + dir + ": " + reason
                + "; nothing of this run was kept and " + dir + " holds what it held before"
                + (reason.contains("space") ? "; free some space or choose another --out" : ""), e);
    }
}
