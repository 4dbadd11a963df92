package org.freqbias.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process with stdout and stderr captured. */
record CliRun(int code, String out, String err) {

    static synchronized CliRun of(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = FreqBiasCommand.execute(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /** The "error: ..." line of a refused input; the output must hold no stack trace. */
    String errorLine() {
        if (err.contains("\tat ") || err.contains("Exception") || err.contains("internal error")) {
            throw new AssertionError("a stack trace or internal error for input:\n" + err);
        }
        return err.lines().filter(l -> l.startsWith("error: ")).findFirst()
                .orElseThrow(() -> new AssertionError("no error line in:\n" + err));
    }
}
