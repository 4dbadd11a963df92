package org.freqbias.core.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.freqbias.core.dist.PiecewiseLinearDensity;
import org.freqbias.core.target.FormulaTarget;
import org.freqbias.core.target.FormulaTarget2D;
import org.freqbias.core.target.SampledTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a user brings: the drawn density and the formula, samples and CSV targets. Each round-trips
 * through SessionWriter and SessionCodec (a saved session opens equal), and a bad one is refused on
 * its field with the position of the error.
 */
class UserInputsCodecTest {

    private static final String GAUSSIAN = "{ \"type\": \"gaussian\", \"sigma\": 4.0 }";

    private static String withTarget(String target) {
        String json = SessionCodecTest.VALID.replaceAll("(?s)\"target\": \\{.*?] },", java.util.regex.Matcher.quoteReplacement("\"target\": " + target + ","));
        assertTrue(!json.equals(SessionCodecTest.VALID), "test setup: the target must be replaced");
        return json;
    }

    private static String withDistribution(String distribution) {
        return SessionCodecTest.VALID.replace(GAUSSIAN, distribution);
    }

    private static Session roundTrip(String json, Path folder) {
        Session s = SessionFiles.parse(json, "test", folder);
        assertEquals(s, SessionFiles.parse(SessionFiles.toJsonString(s), "round trip", folder));
        return s;
    }

    private static SessionException error(String json, Path folder) {
        return assertThrows(SessionException.class, () -> SessionFiles.parse(json, "test", folder));
    }

    @Test
    void customDensityRoundTripsAndMirrorsByDefault() {
        Session s = roundTrip(withDistribution("{ \"type\": \"custom\", \"points\": [[0, 1], [12, 1], [15, 0]] }"), null);
        PiecewiseLinearDensity rho = assertInstanceOf(PiecewiseLinearDensity.class, s.distribution());
        assertTrue(rho.symmetric(), "all xi >= 0: mirrored by default");
        assertEquals(rho.density(5), rho.density(-5), 0);
        assertTrue(SessionFiles.toJsonString(s).contains("\"symmetric\" : true"));
        Session whole = roundTrip(withDistribution(
                "{ \"type\": \"custom\", \"points\": [[-3, 0], [-1, 2], [1, 2], [3, 0]] }"), null);
        assertTrue(!((PiecewiseLinearDensity) whole.distribution()).symmetric());
    }

    @Test
    void formulaTargetsRoundTripWithAndWithoutPeaks() {
        Session derived = roundTrip(withTarget("{ \"type\": \"formula\", \"expression\": \"sin(3*x) * exp(-x^2/2)\" }"), null);
        assertEquals(new FormulaTarget("sin(3*x) * exp(-x^2/2)", new double[0]), derived.target());
        Session named = roundTrip(withTarget("{ \"type\": \"formula\", \"expression\": \"sin(3*x)\", \"peaks\": [3] }"), null);
        assertArrayEquals(new double[] {3}, named.target().nominalPeaks(), 0);
        Session plane = roundTrip(PlaneSessionCodecTest.PLANE.replaceAll("(?s)\"target\": \\{.*?] },",
                "\"target\": { \"type\": \"formula\", \"expression\": \"sin(3*x1 + x2)\", \"peaks\": [[3, 1]] },"), null);
        assertEquals(new FormulaTarget2D("sin(3*x1 + x2)", new double[][] {{3, 1}}), plane.plane().target());
    }

    @Test
    void samplesAndCsvTargetsRoundTripAndTheCsvKeepsItsPath(@TempDir Path dir) throws IOException {
        Session samples = roundTrip(withTarget("{ \"type\": \"samples\", \"points\": [[-2, 0], [0, 1.5], [2, 0]] }"), null);
        assertEquals(0.75, samples.target().value(1), 1e-15);
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/curve.csv"), "x,y\n-2,0\n0,1.5\n2,0\n");
        Session csv = roundTrip(withTarget("{ \"type\": \"csv\", \"path\": \"data/curve.csv\", \"peaks\": [2] }"), dir);
        CsvFile file = assertInstanceOf(CsvFile.class, csv.target());
        assertEquals("data/curve.csv", file.path());
        assertArrayEquals(((SampledTarget) samples.target()).points(), file.samples().points());
        assertTrue(SessionFiles.toJsonString(csv).contains("\"path\" : \"data/curve.csv\""));
        // Saved and opened from disk, the CSV is found beside the session file.
        Path session = dir.resolve("s.json");
        SessionFiles.save(session, csv);
        assertEquals(csv, SessionFiles.load(session));
    }

    /** Each bad input names its field and the position inside it. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{ \"type\": \"formula\", \"expression\": \"sin(3*x\" }|target.expression|column 4: this '(' is never closed",
        "{ \"type\": \"formula\", \"expression\": \"3*y\" }|target.expression|column 3: unknown name 'y'",
        "{ \"type\": \"formula\", \"expression\": \"1/x\" }|target.expression|is NaN at x = 0.0",
        "{ \"type\": \"formula\" }|target.expression|is missing",
        "{ \"type\": \"formula\", \"expression\": \"x\", \"peaks\": [2, -1] }|target.peaks[1]|> 0",
        "{ \"type\": \"samples\", \"points\": [[0, 1], [1, \"a\"]] }|target.points[1]|finite numbers",
        "{ \"type\": \"samples\", \"points\": [[0, 1], [2, 1], [1, 1]] }|target.points|points[2]: x = 1.0 must be greater",
        "{ \"type\": \"csv\", \"path\": \"nope.csv\" }|target.path|no such CSV file",
    })
    void badTargetsNameTheFieldAndThePosition(String target, String field, String hint) {
        SessionException e = error(withTarget(target), null);
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }

    @Test
    void aBadCsvNamesTheFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "x,y\n0,1\n1,2\n2,oops\n");
        SessionException e = error(withTarget("{ \"type\": \"csv\", \"path\": \"bad.csv\" }"), dir);
        assertEquals("target.path", e.field());
        assertTrue(e.getMessage().contains("bad.csv: line 4, column 2: \"oops\" is not a number"), e.getMessage());
        Files.write(dir.resolve("binary.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertTrue(error(withTarget("{ \"type\": \"csv\", \"path\": \"binary.csv\" }"), dir).getMessage().contains("not a UTF-8 text file"));
        Files.write(dir.resolve("huge.csv"), "0,0\n".repeat(CsvFile.MAX_BYTES / 4 + 1).getBytes(StandardCharsets.UTF_8));
        assertTrue(error(withTarget("{ \"type\": \"csv\", \"path\": \"huge.csv\" }"), dir).getMessage().contains("larger than 8 MiB"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{ \"type\": \"custom\", \"points\": [[0, 1], [2, 1], [1, 0]] }|points|points[2] = [1.0, 0.0]: xi must be greater",
        "{ \"type\": \"custom\", \"points\": [[-2, 1], [0, 1], [1, 0]] }|points|must be symmetric, rho(xi) = rho(-xi) (the theory needs it",
        "{ \"type\": \"custom\", \"points\": [[0, 1], [2, 1]], \"symmetric\": false }|points|must be symmetric",
        "{ \"type\": \"custom\", \"points\": [[0, 0], [2, 0]] }|points|no mass",
        "{ \"type\": \"custom\", \"points\": [[0, 1]] }|points|at least two points",
        "{ \"type\": \"custom\", \"points\": [[0, 1, 2], [1, 1]] }|points[0]|must be a pair",
        "{ \"type\": \"custom\" }|points|is missing",
    })
    void badDrawnDensitiesNameThePoint(String distribution, String field, String hint) {
        SessionException e = error(withDistribution(distribution), null);
        assertEquals("distribution." + field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }

    @Test
    void oneDimensionalUserTargetsAreRefusedInTwoDimensionsAndViceVersa() {
        String plane = PlaneSessionCodecTest.PLANE.replaceAll("(?s)\"target\": \\{.*?] },",
                "\"target\": { \"type\": \"samples\", \"points\": [[0, 1], [1, 2]] },");
        SessionException e = error(plane, null);
        assertEquals("target.type", e.field());
        assertTrue(e.getMessage().contains("\"samples\" is a 1D target"), e.getMessage());
        SessionException x = error(PlaneSessionCodecTest.PLANE.replaceAll("(?s)\"target\": \\{.*?] },",
                "\"target\": { \"type\": \"formula\", \"expression\": \"sin(x)\" },"), null);
        assertEquals("target.expression", x.field());
        assertTrue(x.getMessage().contains("variables: x1, x2"), x.getMessage());
    }
}
