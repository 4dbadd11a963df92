package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;

/** {@code app SESSION} reads SESSION as {@code run} does: a file, or a built-in sample's name. */
class AppCommandTest {

    @Test
    void aSampleNameOpensTheAppAndAMissingFileIsRefusedBeforeAnyWindow() {
        List<String> opened = new ArrayList<>();
        assertEquals(0, FreqBiasCommand.execute(opened::add, "app", "uniform-no-bias"));
        assertEquals(0, FreqBiasCommand.execute(opened::add, "app", "plane-waves.json"));
        assertEquals(0, FreqBiasCommand.execute(opened::add, "app"));
        assertEquals(Arrays.asList("uniform-no-bias", "plane-waves.json", null), opened);

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
}
