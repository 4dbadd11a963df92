package org.freqbias.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.freqbias.core.io.RunFolder;

/**
 * The output folder of a command that writes a run's results ({@link RunFolder}: staged beside
 * {@code --out}, moved into place whole), with the command line's wording for what goes wrong.
 */
final class OutputDirectory {

    private OutputDirectory() {
    }

    /** Opens the run folder for {@code --out dir}, before any work starts; a refusal names --out and what to do. */
    static RunFolder open(Path dir) {
        try {
            return RunFolder.open(dir);
        } catch (RunFolder.NotReplaceable e) {
            throw new BadInputException("--out " + dir + ": " + e.getReason(), e);
        } catch (IOException | SecurityException e) {
            throw new BadInputException("cannot write to the output directory " + dir + " (" + Failures.inputProblem(e).orElse(e.toString())
                    + "); choose a writable directory with --out", e);
        }
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
