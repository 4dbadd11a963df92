package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} on a reduced 2D session: the files, their headers and row counts, and the 1D-only options refused. */
class PlaneRunCommandTest {

    static final String SMALL_PLANE = """
            { "name": "small-plane", "domain": { "dimension": 2, "halfWidth": 8.0, "samples": 32 },
              "target": { "type": "planeWaves", "envelopeWidth": 1.5,
                          "components": [ { "frequency": [3.0, 0.0], "amplitude": 1.0 }, { "frequency": [2.0, 5.0], "amplitude": 1.0 } ] },
              "distribution": { "type": "gaussian", "sigma": 4.0 },
              "network": { "width": 512, "sigmaA": 1.0 },
              "training": { "learningRate": 0.01, "steps": 50, "snapshotEvery": 10 } }
            """;

    @TempDir
    Path dir;

    private record Outcome(int code, String err) {
    }

    private Outcome run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return new Outcome(FreqBiasCommand.execute(args), buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void writesTheFourFilesOverTheCentredGrid() throws IOException {
        Path session = Files.writeString(dir.resolve("plane.json"), SMALL_PLANE);
        Path out = dir.resolve("out");
        Outcome o = run("run", session.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());

        int snapshots = 6; // steps 0, 10, ..., 50
        int frequencies = 32 * 32;
        List<String> spectra = Files.readAllLines(out.resolve("spectra.csv"));
        assertEquals("t,xi1,xi2,nn_abs,pde_abs", spectra.get(0));
        assertEquals(1 + snapshots * frequencies, spectra.size());
        double corner = -16 * Math.PI / 8;
        assertTrue(spectra.get(1).startsWith("0.0," + corner + "," + corner + ","), spectra.get(1));
        assertTrue(spectra.get(spectra.size() - frequencies).startsWith("0.5,"), "last snapshot at t = eta * 50");

        List<String> peaks = Files.readAllLines(out.resolve("peaks.csv"));
        assertEquals("t,xi1,xi2,nn_ratio,pde_ratio", peaks.get(0));
        assertEquals(1 + snapshots * 2, peaks.size());
        assertEquals("0.0," + Math.PI + ",0.0,1.0,1.0", peaks.get(1), "(3, 0) snapped to (8 pi / 8, 0), ratios start at 1");

        List<String> loss = Files.readAllLines(out.resolve("loss.csv"));
        assertEquals("t,loss_nn,loss_pde", loss.get(0));
        assertEquals(1 + snapshots, loss.size());

        JsonNode summary = SessionFiles.JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(50, summary.get("stepsDone").asInt());
        assertEquals(2, summary.get("peaks").size());
        assertEquals(2, summary.get("peaks").get(1).get("frequency").size(), "2D peaks are vectors");
        assertTrue(summary.get("agreement").get("max").isNumber());
        assertEquals(2, summary.get("session").get("domain").get("dimension").asInt());
        try (var files = Files.list(out)) {
            assertEquals(4, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void oneDimensionalExtrasAreRefusedForPlaneSessions() throws IOException {
        Path session = Files.writeString(dir.resolve("plane.json"), SMALL_PLANE);
        Path out = dir.resolve("out");
        for (String option : List.of("--kernel-limit", "--linearized", "--png")) {
            Outcome o = run("run", session.toString(), "--out", out.toString(), option);
            assertEquals(2, o.code(), o.err());
            assertTrue(o.err().contains(option + " is not available for 2D sessions yet"), o.err());
        }
        assertFalse(Files.exists(out.resolve("spectra.csv")), "nothing written");
    }
}
