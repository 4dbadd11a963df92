package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.freqbias.app.model.Theme;
import org.junit.jupiter.api.Test;

/** {@code app}: what it hands the desktop app, and a theme it does not know refused as bad input. */
class AppCommandTest {

    @Test
    void theThemesAreTheApps() {
        assertEquals(Arrays.stream(Theme.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList(), AppCommand.THEMES);
    }

    @Test
    void theLessonTheThemeAndTheSessionReachTheApp() {
        List<String[]> launched = new ArrayList<>();
        int status = FreqBiasCommand.execute(launched::add, "app", "--lesson", "choosing-rho", "--theme", "Presentation", "my.json");
        assertEquals(FreqBiasCommand.OK, status);
        assertArrayEquals(new String[] {"--lesson=choosing-rho", "--theme=presentation", "my.json"}, launched.get(0));
        FreqBiasCommand.execute(launched::add, "app");
        assertArrayEquals(new String[0], launched.get(1), "no arguments: the default session");
    }

    @Test
    void anUnknownThemeIsBadInput() {
        List<String[]> launched = new ArrayList<>();
        assertEquals(FreqBiasCommand.BAD_INPUT, FreqBiasCommand.execute(launched::add, "app", "--theme", "neon"));
        assertEquals(List.of(), launched, "nothing opened");
    }
}
