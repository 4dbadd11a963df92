package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} prints its figures for 1D and 2D sessions alike (it once failed on a 2D one with an internal error). */
class BenchCommandTest {

    @TempDir
    Path dir;

    private String bench(Path session) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, FreqBiasCommand.execute("bench", session.toString(), "--repeats", "1", "--steps-per-repeat", "1"));
            return buffer.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void planeAndLineSessionsBothReportPositiveMedians() throws IOException {
        String plane = bench(Files.writeString(dir.resolve("plane.json"), PlaneRunCommandTest.SMALL_PLANE));
        String line = bench(Files.writeString(dir.resolve("line.json"), """
                { "name": "small-line", "domain": { "halfWidth": 10.0, "samples": 128 },
                  "target": { "type": "wavePacket", "envelopeWidth": 1.0, "components": [ { "frequency": 2.0, "amplitude": 1.0 } ] },
                  "distribution": { "type": "gaussian", "sigma": 4.0 },
                  "network": { "width": 256, "sigmaA": 1.0 },
                  "training": { "learningRate": 0.01, "steps": 20, "snapshotEvery": 10 } }
                """));
        assertTrue(plane.contains("# dimension=2 N=32"), plane);
        assertTrue(line.contains("# dimension=1 N=128"), line);
        for (String out : new String[] {plane, line}) {
            for (String figure : new String[] {"ms_per_step", "pde_ms", "snapshot_ms", "setup_ms"}) {
                Matcher m = Pattern.compile(figure + "=([0-9.]+)").matcher(out);
                assertTrue(m.find() && Double.parseDouble(m.group(1)) > 0, figure + " in " + out);
            }
        }
    }
}
