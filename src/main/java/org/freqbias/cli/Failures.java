package org.freqbias.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import org.freqbias.core.budget.ResourceEstimate;
import org.freqbias.core.bundle.BundleException;
import org.freqbias.core.run.StudyException;
import org.freqbias.core.session.SessionException;
import org.freqbias.core.sweep.SweepException;

/**
 * Tells an input problem from a bug. Input problems (a bad session, option or path, a damaged
 * study file or bundle, an I/O error on the user's files: missing, no permission, a full disk, a folder in
 * the way, memory the session needs beyond the heap) exit with {@link FreqBiasCommand#BAD_INPUT} and one line that says what to
 * change; anything else is an internal error.
 */
final class Failures {

    private Failures() {
    }

    static int exitCode(Throwable t) {
        return inputProblem(t).isPresent() ? FreqBiasCommand.BAD_INPUT : FreqBiasCommand.INTERNAL_ERROR;
    }

    /**
     * The one line for an input problem, found on {@code t} or its causes (a PNG write that fails on
     * a full disk arrives wrapped by the FX thread); empty for a bug.
     */
    static Optional<String> inputProblem(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            Optional<String> line = describe(c);
            if (line.isPresent()) {
                return line.map(Failures::oneLine);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> describe(Throwable t) {
        if (t instanceof SessionException || t instanceof BadInputException || t instanceof StudyException
                || t instanceof SweepException || t instanceof BundleException) {
            return Optional.of(t.getMessage());
        }
        if (t instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (t instanceof IOException io) {
            return Optional.of(io(io));
        }
        if (t instanceof OutOfMemoryError) {
            return Optional.of(ResourceEstimate.outOfMemory(Runtime.getRuntime().maxMemory()));
        }
        return Optional.empty();
    }

    private static String io(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : f.getFile();
            if (f instanceof NoSuchFileException) {
                return "no such file or folder: " + file;
            }
            if (f instanceof AccessDeniedException) {
                return "permission denied: " + file + " (choose a file or --out folder you can read and write)";
            }
            if (f instanceof NotDirectoryException) {
                return "not a folder: " + file;
            }
            if (f instanceof DirectoryNotEmptyException || f instanceof FileAlreadyExistsException) {
                return "something is in the way of " + file + " (a folder where a file should be?): move it away";
            }
            String reason = f.getReason() == null ? "" : ": " + f.getReason();
            return "cannot read or write " + file + reason
                    + (reason.contains("space") ? " (free some space or choose another --out)" : "");
        }
        return "I/O error: " + e.getMessage();
    }

    /** Collapses line breaks so that the message is one line. */
    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
