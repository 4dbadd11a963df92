package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.freqbias.core.session.SessionException;
import org.junit.jupiter.api.Test;

/** Which failures are the user's input (exit 2, one line) and which are bugs (exit 1). */
class FailuresTest {

    @Test
    void inputProblemsGetOneLineAndExitTwo() {
        FileSystemException full = new FileSystemException("/out/spectra.csv", null, "No space left on device");
        assertEquals(FreqBiasCommand.BAD_INPUT, Failures.exitCode(full));
        assertEquals("cannot read or write /out/spectra.csv: No space left on device (free some space or choose another --out)",
                Failures.inputProblem(full).orElseThrow());
        assertEquals("permission denied: /x (choose a file or --out folder you can read and write)",
                Failures.inputProblem(new AccessDeniedException("/x")).orElseThrow());
        assertEquals("no such file or folder: /y", Failures.inputProblem(new UncheckedIOException(new NoSuchFileException("/y"))).orElseThrow());
        assertEquals("a: two lines", Failures.inputProblem(new SessionException("a", "two\n  lines")).orElseThrow());
        // A PNG write that fails on a full disk arrives wrapped by the FX thread.
        assertEquals(FreqBiasCommand.BAD_INPUT, Failures.exitCode(new IllegalStateException("FX task failed", full)));
        assertEquals(FreqBiasCommand.BAD_INPUT, Failures.exitCode(new OutOfMemoryError("Java heap space")));
    }

    @Test
    void bugsAreInternalErrors() {
        assertEquals(FreqBiasCommand.INTERNAL_ERROR, Failures.exitCode(new NullPointerException()));
        assertEquals(FreqBiasCommand.INTERNAL_ERROR, Failures.exitCode(new IllegalStateException("FX task failed",
                new NumberFormatException("Infinite or NaN"))));
        assertEquals(FreqBiasCommand.INTERNAL_ERROR, Failures.exitCode(new IllegalArgumentException("a precondition")));
    }
}
