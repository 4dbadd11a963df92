package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.freqbias.app.model.Theme;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code app}: what it hands the desktop app (SESSION read as {@code run} reads it: a file, or a
 * built-in sample's name; a theme and a lesson), and what it refuses as bad input before any window.
 */
class AppCommandTest {

    @Test
    void aSampleNameOpensTheAppAndAMissingFileIsRefusedBeforeAnyWindow() {
        List<String[]> opened = new ArrayList<>();
        assertEquals(0, FreqBiasCommand.execute(opened::add, "app", "uniform-no-bias"));
        assertEquals(0, FreqBiasCommand.execute(opened::add, "app", "plane-waves.json"));
        assertEquals(0, FreqBiasCommand.execute(opened::add, "app"));
        assertArrayEquals(new String[] {"uniform-no-bias"}, opened.get(0));
        assertArrayEquals(new String[] {"plane-waves.json"}, opened.get(1));
        assertArrayEquals(new String[0], opened.get(2), "no arguments: the default session");

        var err = new ByteArrayOutputStream();
        var saved = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            assertEquals(2, FreqBiasCommand.execute(opened::add, "app", "no-such-session"));
        } finally {
            System.setErr(saved);
        }
        assertTrue(err.toString().contains("no such session file: no-such-session") && err.toString().contains("uniform-no-bias"),
                err.toString());
        assertEquals(3, opened.size(), "no window for a missing session");
    }

    @Test
    void theOneRuleForSessionArguments() {
        assertEquals(Optional.of("uniform-no-bias"), SessionFiles.sampleNamed("uniform-no-bias"));
        assertEquals(Optional.of("image-gaussian"), SessionFiles.sampleNamed("image-gaussian.json"));
        assertEquals(Optional.empty(), SessionFiles.sampleNamed("sample-sessions/uniform-no-bias.json"), "a path is a file");
        assertEquals(Optional.empty(), SessionFiles.sampleNamed("no-such-sample"));
    }

    @Test
    void theThemesAreTheApps() {
        assertEquals(Arrays.stream(Theme.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList(), AppCommand.THEMES);
    }

    @Test
    void theLessonTheThemeAndTheSessionReachTheApp() {
        List<String[]> launched = new ArrayList<>();
        int status = FreqBiasCommand.execute(launched::add, "app", "--lesson", "choosing-rho", "--theme", "Presentation", "gaussian-bias");
        assertEquals(FreqBiasCommand.OK, status);
        assertArrayEquals(new String[] {"--lesson=choosing-rho", "--theme=presentation", "gaussian-bias"}, launched.get(0));
    }

    @Test
    void anUnknownThemeIsBadInput() {
        List<String[]> launched = new ArrayList<>();
        assertEquals(FreqBiasCommand.BAD_INPUT, FreqBiasCommand.execute(launched::add, "app", "--theme", "neon"));
        assertEquals(List.of(), launched, "nothing opened");
    }

    @Test
    void aSweepFolderReachesTheAppAndAMissingOneIsBadInput(@TempDir Path dir) {
        List<String[]> launched = new ArrayList<>();
        assertEquals(FreqBiasCommand.OK, FreqBiasCommand.execute(launched::add, "app", "--sweep", dir.toString()));
        assertArrayEquals(new String[] {"--sweep=" + dir}, launched.get(0));
        var err = new ByteArrayOutputStream();
        var saved = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            assertEquals(FreqBiasCommand.BAD_INPUT, FreqBiasCommand.execute(launched::add, "app", "--sweep", dir.resolve("none").toString()));
        } finally {
            System.setErr(saved);
        }
        assertTrue(err.toString().contains("--sweep " + dir.resolve("none") + ": no such folder"), err.toString());
        assertEquals(1, launched.size(), "no window for a missing folder");
    }
}
