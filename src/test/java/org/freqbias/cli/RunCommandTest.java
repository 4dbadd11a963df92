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

/** The run command end to end on a small session: files, their shape, and exit codes for bad input. */
class RunCommandTest {

    static final String SMALL = """
            { "name": "small", "domain": { "halfWidth": 10.0, "samples": 128 },
              "target": { "type": "wavePacket", "envelopeWidth": 1.0,
                          "components": [ { "frequency": 2.0, "amplitude": 1.0 }, { "frequency": 6.0, "amplitude": 1.0 } ] },
              "distribution": { "type": "gaussian", "sigma": 4.0 },
              "network": { "width": 64, "sigmaA": 1.0 },
              "training": { "learningRate": 0.01, "steps": 30, "snapshotEvery": 10 },
              "pde": { "elements": 128 } }
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
            int code = FreqBiasCommand.execute(args);
            return new Outcome(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    private Path session(String json) throws IOException {
        Path file = dir.resolve("session.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void writesTheFourFilesWithOneRowPerSnapshotAndFrequency() throws IOException {
        Path out = dir.resolve("out");
        Outcome o = run("run", session(SMALL).toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("steps/s"), "progress on stderr: " + o.err());

        List<String> spectra = Files.readAllLines(out.resolve("spectra.csv"));
        assertEquals("t,xi,nn_abs,pde_abs", spectra.get(0));
        int snapshots = 4; // steps 0, 10, 20, 30
        int frequencies = 128 / 2 + 1;
        assertEquals(1 + snapshots * frequencies, spectra.size());
        assertTrue(spectra.get(spectra.size() - frequencies).startsWith("0.3,0.0,"), "last snapshot at t = eta * 30");

        List<String> peaks = Files.readAllLines(out.resolve("peaks.csv"));
        assertEquals("t,xi,nn_ratio,pde_ratio", peaks.get(0));
        assertEquals(1 + snapshots * 2, peaks.size());
        assertTrue(peaks.get(1).endsWith(",1.0,1.0"), "ratios start at 1: " + peaks.get(1));

        List<String> loss = Files.readAllLines(out.resolve("loss.csv"));
        assertEquals("t,loss_nn,loss_pde", loss.get(0));
        assertEquals(1 + snapshots, loss.size());

        JsonNode summary = SessionFiles.JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(30, summary.get("stepsDone").asInt());
        assertEquals(2, summary.get("peaks").size());
        assertEquals("small", summary.get("session").get("name").asText());
        assertTrue(summary.get("agreement").get("max").isNumber());
        try (var files = Files.list(out)) {
            assertEquals(4, files.count(), "no temporary files left behind");
        }
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.filter(f -> f.getFileName().toString().startsWith(".out.")).toList(),
                    "nothing of the run stays beside --out");
        }
        assertTrue(Files.isDirectory(out, java.nio.file.LinkOption.NOFOLLOW_LINKS), "--out is a real folder");
    }

    @Test
    void optionsOverrideStepsAndSeed() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, run("run", session(SMALL).toString(), "--out", out.toString(), "--steps", "10", "--seed", "5").code());
        JsonNode summary = SessionFiles.JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(10, summary.get("stepsDone").asInt());
        assertEquals(5, summary.get("session").get("training").get("seed").asLong());
    }

    @Test
    void badInputExitsWithStatus2AndAMessage() throws IOException {
        Path out = dir.resolve("out");
        assertBad(run("run", dir.resolve("missing.json").toString(), "--out", out.toString()), "no such session file");
        assertBad(run("run", session("{ not json").toString(), "--out", out.toString()), "not valid JSON");
        assertBad(run("run", session(SMALL.replace("\"width\": 64", "\"width\": -4")).toString(), "--out", out.toString()), "network.width");
        assertBad(run("run", session(SMALL.replace("\"gaussian\"", "\"cauchy\"")).toString(), "--out", out.toString()), "distribution.type");
        assertBad(run("run", session(SMALL.replace("\"samples\": 128", "\"samples\": 100")).toString(), "--out", out.toString()), "power of two");
        assertBad(run("run", session(SMALL).toString(), "--out", out.toString(), "--steps", "-3"), "training.steps");
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertBad(run("run", session(SMALL).toString(), "--out", file.resolve("sub").toString()), "cannot write");
        assertBad(run("run", session(SMALL).toString()), "--out");
        assertFalse(Files.exists(out.resolve("spectra.csv")), "nothing written for bad input");
    }

    /**
     * Issue 9: both dimensions check everything the user typed before any work: a deep session with
     * --linearized is refused before the output folder is made (the 1D path used to make it first).
     */
    @Test
    void linearizedOnADeepNetworkIsRefusedBeforeAnyWorkInBothDimensions() throws IOException {
        String deepLine = SMALL.replace("\"width\": 64, \"sigmaA\": 1.0", "\"width\": 64, \"sigmaA\": 1.0, \"hiddenLayers\": [8]");
        String deepPlane = PlaneRunCommandTest.SMALL_PLANE.replace("\"sigmaA\": 1.0 }", "\"sigmaA\": 1.0, \"hiddenLayers\": [8] }");
        for (String json : List.of(deepLine, deepPlane)) {
            Path out = dir.resolve("never-made");
            Outcome o = run("run", session(json).toString(), "--out", out.toString(), "--linearized");
            assertBad(o, "--linearized works for 2-layer networks only");
            assertFalse(Files.exists(out), "the output folder is not made for refused input");
        }
    }

    @Test
    void divergenceStopsWithAdviceAndKeepsWhatWasWritten() throws IOException {
        Path out = dir.resolve("out");
        Outcome o = run("run", session(SMALL.replace("\"learningRate\": 0.01", "\"learningRate\": 1.0e6")).toString(), "--out", out.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("smaller learning rate"), o.err());
        assertTrue(o.err().contains("above the stability limit"), "warned before training: " + o.err());
        assertTrue(Files.readAllLines(out.resolve("loss.csv")).size() >= 2, "the rows before divergence are kept");
        assertTrue(SessionFiles.JSON.readTree(out.resolve("summary.json").toFile()).has("diverged"));
    }

    private static void assertBad(Outcome o, String fragment) {
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(fragment), "message should mention '" + fragment + "': " + o.err());
    }
}
