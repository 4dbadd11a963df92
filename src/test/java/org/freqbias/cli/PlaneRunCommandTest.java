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

/** {@code run} on a reduced 2D session: the files, their headers and row counts, the kernel views, and what is refused. */
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
    void kernelViewsAddColumnsAndEveryPairwiseDistance() throws IOException {
        Path session = Files.writeString(dir.resolve("plane.json"), SMALL_PLANE);
        Path out = dir.resolve("out");
        Outcome o = run("run", session.toString(), "--out", out.toString(), "--kernel-limit", "--linearized");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("ntk ready in") && o.err().contains("Krylov basis of"), o.err());
        List<String> spectra = Files.readAllLines(out.resolve("spectra.csv"));
        assertEquals("t,xi1,xi2,nn_abs,pde_abs,ntk_abs,lin_abs", spectra.get(0));
        assertEquals(1 + 6 * 32 * 32, spectra.size());
        for (int row = 1; row <= 32 * 32; row += 97) {
            String[] cells = spectra.get(row).split(",");
            double nn = Double.parseDouble(cells[3]);
            assertEquals(nn, Double.parseDouble(cells[5]), 1e-10, "at t = 0 the kernel flows start from the network's residual");
            assertEquals(nn, Double.parseDouble(cells[6]), 1e-10);
        }
        JsonNode summary = SessionFiles.JSON.readTree(out.resolve("summary.json").toFile());
        JsonNode pairs = summary.get("agreement").get("maxDistanceByPair");
        for (String pair : List.of("nn-pde", "nn-ntk", "nn-lin", "pde-ntk", "pde-lin", "ntk-lin")) {
            assertTrue(pairs.get(pair).isNumber(), pair + " in " + pairs);
        }
        assertTrue(pairs.get("pde-ntk").asDouble() < pairs.get("nn-pde").asDouble(), pairs.toString());
        JsonNode peak = summary.get("peaks").get(0);
        assertTrue(peak.get("learningTimeByReference").get("ntk").get("time").isNumber(), peak.toString());
        assertTrue(summary.get("timing").get("referenceSeconds").get("lin").isNumber());
        assertTrue(summary.get("stability").get("maxStableLearningRate").asDouble() > 0.01, "eta = 0.01 is stable here");
    }

    @Test
    void pngIsRefusedForPlaneSessions() throws IOException {
        Path session = Files.writeString(dir.resolve("plane.json"), SMALL_PLANE);
        Path out = dir.resolve("out");
        Outcome o = run("run", session.toString(), "--out", out.toString(), "--png");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--png is not available for 2D sessions yet"), o.err());
        assertFalse(Files.exists(out.resolve("spectra.csv")), "nothing written");
    }

    @Test
    void anUnstableLearningRateIsWarnedAbout() throws IOException {
        Path session = Files.writeString(dir.resolve("plane.json"), SMALL_PLANE.replace("\"learningRate\": 0.01", "\"learningRate\": 0.5")
                .replace("\"steps\": 50", "\"steps\": 2").replace("\"snapshotEvery\": 10", "\"snapshotEvery\": 1"));
        Outcome o = run("run", session.toString(), "--out", dir.resolve("out").toString());
        assertTrue(o.err().contains("warning: training.learningRate 0.5000 is above the stability limit"), o.err());
    }

    @Test
    void deepPlaneSessionsAreRefusedWhenLoaded() throws IOException {
        Path session = Files.writeString(dir.resolve("plane.json"),
                SMALL_PLANE.replace("\"sigmaA\": 1.0 }", "\"sigmaA\": 1.0, \"hiddenLayers\": [16] }"));
        Outcome o = run("run", session.toString(), "--out", dir.resolve("out").toString(), "--linearized");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("2D sessions train the 2-layer network for now"), o.err());
    }
}
