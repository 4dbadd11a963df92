package org.freqbias.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.freqbias.core.dist.Mixture;
import org.freqbias.core.dist.Ramp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SessionCodecTest {

    static final String VALID = """
            { "name": "t", "description": "d",
              "domain": { "halfWidth": 10.0, "samples": 256 },
              "target": { "type": "wavePacket", "envelopeWidth": 1.0,
                          "components": [ { "frequency": 2.0, "amplitude": 1.0 } ] },
              "distribution": { "type": "gaussian", "sigma": 4.0 },
              "network": { "width": 64, "sigmaA": 1.0, "zeroInitialOutput": true },
              "training": { "learningRate": 0.01, "steps": 20, "seed": 3, "snapshotEvery": 5 },
              "pde": { "elements": 256, "maxFrequency": 0 } }
            """;

    static java.util.List<String> samples() {
        return SessionFiles.allSamples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleSessionLoadsAndRoundTrips(String name) throws IOException {
        Session s = SessionFiles.loadSample(name);
        assertEquals(name, s.name());
        assertTrue(s.description().length() > 80, "a sample needs a description a teacher can read aloud");
        // Issue 10: random-features said "No diffusion" with its diffusion box ticked.
        boolean claimsNoDiffusion = s.description().matches("(?is)(.*[^a-z])?no diffusion.*")
                && !s.description().toLowerCase(java.util.Locale.ROOT).contains("almost no diffusion");
        assertTrue(!claimsNoDiffusion || !s.pde().diffusion(), name + " says no diffusion while pde.diffusion is on");
        // An image sample's path is relative to the samples' classpath folder.
        assertEquals(s, SessionFiles.parse(SessionFiles.toJsonString(s), "round trip", SessionFolder.classpath("/sample-sessions/")));
    }

    @Test
    void aMissingImageIsNamedWithWhereItWasLookedFor() {
        String json = PlaneSessionCodecTest.PLANE.replaceAll("(?s)\"target\": \\{.*?] },", "\"target\": { \"type\": \"image\", \"path\": \"nope.png\" },");
        SessionException e = assertThrows(SessionException.class,
                () -> SessionFiles.parse(json, "test", SessionFolder.classpath("/sample-sessions/")));
        assertTrue(e.getMessage().contains("no such image file: classpath:/sample-sessions/nope.png"), e.getMessage());
    }

    @Test
    void mixtureAndRampRoundTrip() {
        String json = VALID.replace("{ \"type\": \"gaussian\", \"sigma\": 4.0 }",
                "{ \"type\": \"mixture\", \"weight\": 0.25, \"first\": { \"type\": \"ramp\", \"band\": 9, \"power\": 1.5 },"
                        + " \"second\": { \"type\": \"laplace\", \"scale\": 2 } }");
        Session s = SessionFiles.parse(json, "test");
        Mixture m = (Mixture) s.distribution();
        assertEquals(new Ramp(9, 1.5), m.first());
        assertEquals(s, SessionFiles.parse(SessionFiles.toJsonString(s), "round trip"));
    }

    @Test
    void saveIsAtomicAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        Session s = SessionFiles.parse(VALID, "test");
        SessionFiles.save(file, s);
        SessionFiles.save(file, s.withName("second"));
        assertEquals("second", SessionFiles.load(file).name());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    /** Each bad input names the field and what is allowed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"type\": \"gaussian\", \"sigma\": 4.0|\"type\": \"cauchy\", \"sigma\": 4.0|distribution.type|allowed: gaussian, uniform",
        "\"type\": \"gaussian\", \"sigma\": 4.0|\"type\": \"gaussian\"|distribution.sigma|missing",
        "\"width\": 64|\"width\": -64|network.width|[2, ",
        "\"width\": 64|\"width\": 63|network.width|even",
        "\"samples\": 256|\"samples\": 1000|domain.samples|power of two",
        "\"sigma\": 4.0|\"sigma\": \"NaN\"|distribution.sigma|must be a number",
        "\"sigma\": 4.0|\"sigma\": -1|distribution.sigma|[0.0001, 1e+06]",
        "\"learningRate\": 0.01|\"learningRate\": 0|training.learningRate|(0, 1e+06]",
        "\"steps\": 20|\"steps\": 2.5|training.steps|whole number",
        "\"type\": \"wavePacket\"|\"type\": \"sawtooth\"|target.type|allowed: wavePacket",
        "\"frequency\": 2.0|\"frequency\": 0|target.components[0].frequency|(0, 40.21]",
        "\"elements\": 256|\"elements\": 1|pde.elements|[2, ",
        "\"zeroInitialOutput\": true|\"zeroInitialOutput\": true, \"hiddenLayers\": [16, 0]|network.hiddenLayers[1]|[1, ",
        "\"zeroInitialOutput\": true|\"zeroInitialOutput\": true, \"activation\": \"gelu\"|network.activation|allowed: tanh, relu, sine",
        "\"zeroInitialOutput\": true|\"zeroInitialOutput\": true, \"sampling\": \"sobol\"|network.sampling|allowed: stratified, iid",
        "\"snapshotEvery\": 5|\"snapshotEvery\": 5, \"optimizer\": \"sgd\"|training.optimizer|allowed: gd, adam",
        "\"snapshotEvery\": 5|\"snapshotEvery\": 5, \"optimizer\": \"adam\"|training.optimizer|needs network.hiddenLayers",
    })
    void badValuesNameTheFieldAndTheAllowedRange(String from, String to, String field, String hint) {
        String json = VALID.replace(from, to);
        assertTrue(!json.equals(VALID), "test setup: replacement must apply");
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.parse(json, "test"));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }

    @Test
    void missingSectionIsNamed() {
        String json = VALID.replace("\"network\": { \"width\": 64, \"sigmaA\": 1.0, \"zeroInitialOutput\": true },", "");
        SessionException e = assertThrows(SessionException.class, () -> SessionFiles.parse(json, "test"));
        assertEquals("network", e.field());
    }

    @Test
    void nonJsonAndNaNLiteralsAreRejectedAsNotJson() {
        for (String text : new String[] {"not json at all", VALID.replace("4.0", "NaN"), VALID + " trailing", "", "[1, 2]"}) {
            SessionException e = assertThrows(SessionException.class, () -> SessionFiles.parse(text, "f.json"));
            assertTrue(e.getMessage().contains("JSON"), e.getMessage());
        }
    }

    @Test
    void missingOrBinaryFileIsReported(@TempDir Path dir) throws IOException {
        assertTrue(assertThrows(SessionException.class, () -> SessionFiles.load(dir.resolve("nope.json")))
                .getMessage().contains("no such file"));
        Path binary = dir.resolve("b.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertThrows(SessionException.class, () -> SessionFiles.load(binary));
        assertThrows(SessionException.class, () -> SessionFiles.load(dir));
    }
}
