package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The help a new user reads: every line within 80 columns, no file name broken across lines (picocli
 * breaks a word too long for its column at a dot: "spectra." then "csv"), and each command's summary
 * on one line of the command list.
 */
class HelpTextTest {

    private static final List<String> FILE_NAMES = List.of("spectra.csv", "peaks.csv", "loss.csv", "summary.json",
            "README.md", "comparison.csv", "study.zip", "runs.csv", "small-multiples.png", "M.mtx", "u0.txt", "times.txt", "solution.f64", "peer_pde2d.py");

    @Test
    void helpLinesFitAndKeepFileNamesWhole() {
        for (String command : List.of("", "run", "design", "compare", "sweep", "collect", "study", "bench", "app")) {
            CliRun r = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
            assertEquals(0, r.code(), r.err());
            String help = r.out();
            for (String line : help.lines().toList()) {
                assertTrue(line.length() <= 80, command + ": " + line);
            }
            String flat = help.replaceAll("\\s*\\n\\s*", " ");
            for (String name : FILE_NAMES) {
                if (flat.contains(name.substring(0, name.indexOf('.') + 1))) {
                    assertTrue(help.contains(name), command + " --help breaks " + name + ":\n" + help);
                }
            }
        }
        List<String> commands = CliRun.of("--help").out().lines().dropWhile(l -> !l.equals("Commands:")).skip(1).toList();
        assertEquals(8, commands.size(), "one line per command: " + commands);
    }
}
