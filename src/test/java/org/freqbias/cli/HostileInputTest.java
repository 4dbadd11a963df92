package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.freqbias.core.target.ImageTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per class of hostile input from issue 10: each gets exit 2 and one line that names the
 * field (or the file) and what is allowed, never exit 1 or a stack trace, and never hangs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

    /** gaussian-bias shrunk: 128 samples (Nyquist 20.1), width 64. */
    static final String SMALL = """
            { "name": "small", "description": "d",
              "domain": { "dimension": 1, "halfWidth": 10.0, "samples": 128 },
              "target": { "type": "wavePacket", "envelopeWidth": 1.0,
                          "components": [ { "frequency": 2.0, "amplitude": 1.0 }, { "frequency": 11.0, "amplitude": 1.0 } ] },
              "distribution": { "type": "gaussian", "sigma": 4.0 },
              "network": { "width": 64, "sigmaA": 1.0, "zeroInitialOutput": true },
              "training": { "learningRate": 0.01, "steps": 4, "seed": 0, "snapshotEvery": 2 },
              "pde": { "elements": 128, "maxFrequency": 0, "diffusion": true } }
            """;

    static final String PLANE_IMAGE = """
            { "name": "img", "domain": { "dimension": 2, "halfWidth": 8.0, "samples": 16 },
              "target": { "type": "image", "path": "picture.png" },
              "distribution": { "type": "gaussian", "sigma": 3.0 },
              "network": { "width": 64, "sigmaA": 1.0 },
              "training": { "learningRate": 0.01, "steps": 2, "snapshotEvery": 1 },
              "pde": { "elements": 32 } }
            """;

    @TempDir
    Path dir;

    private CliRun run(Path session) {
        return CliRun.of("run", session.toString(), "--out", dir.resolve("out").toString(), "--steps", "1");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Path session(String from, String to) throws IOException {
        String json = SMALL.replace(from, to);
        assertTrue(!json.equals(SMALL), "test setup: " + from);
        return write("session.json", json);
    }

    /** Exit 2 with one error line that contains every fragment. */
    private static void assertRefused(CliRun r, String... fragments) {
        assertEquals(2, r.code(), r.err());
        String line = r.errorLine();
        for (String f : fragments) {
            assertTrue(line.contains(f), "message should mention '" + f + "': " + line);
        }
    }

    @Test
    void theBaseSessionRuns() throws IOException {
        CliRun r = run(write("session.json", SMALL));
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        CliRun r = run(write("session.json", "\uFEFF" + SMALL));
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aDuplicateKeyIsRefusedNamingTheKeyAndItsLine() throws IOException {
        assertRefused(run(session("\"sigma\": 4.0 }", "\"sigma\": 4.0, \"sigma\": 9.0 }")), "Duplicate", "'sigma'", "line 5");
    }

    @Test
    void aFifoIsRefusedWithoutHanging() throws Exception {
        Path fifo = dir.resolve("fifo.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed");
        assertRefused(run(fifo), "not a regular file");
    }

    @Test
    void devZeroIsRefused() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertRefused(run(Path.of("/dev/zero")), "/dev/zero", "not a regular file");
    }

    @Test
    void aSocketAndAFolderAreRefused() throws IOException {
        Path socket = dir.resolve("socket.json");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertRefused(run(socket), "not a regular file");
        }
        Files.createDirectory(dir.resolve("folder.json"));
        assertRefused(run(dir.resolve("folder.json")), "is a directory");
    }

    @Test
    void aMissingFileIsNamed() {
        assertRefused(run(dir.resolve("nope.json")), "nope.json");
    }

    @Test
    void aLargeFileIsRefusedBeforeReading() throws IOException {
        assertRefused(run(write("big.json", SMALL.replace("\"d\"", "\"" + "x".repeat(3 << 20) + "\""))), "3.1 MB", "a few KB");
    }

    @Test
    void deepNestingIsRefusedPlainly() throws IOException {
        assertRefused(run(write("deep.json", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000))), "nesting depth", "32");
    }

    @Test
    void aLongNumberIsRefused() throws IOException {
        assertRefused(run(session("\"halfWidth\": 10.0", "\"halfWidth\": 1" + "0".repeat(2000))), "Number value length", "64");
    }

    @Test
    void aLongStringIsRefused() throws IOException {
        assertRefused(run(session("\"d\"", "\"" + "x".repeat(100_000) + "\"")), "String value length", "16384");
    }

    @Test
    void aNulOrAMegabyteNameIsRefused() throws IOException {
        assertRefused(run(session("\"small\"", "\"a\\u0000b\"")), "name:", "control characters");
        assertRefused(run(session("\"small\"", "\"" + "n".repeat(10_000) + "\"")), "name:", "at most 200 characters");
    }

    @Test
    void aNameWithPathSeparatorsOrAnAbsolutePathStaysInTheOutputFolder() throws IOException {
        Map<String, String> stems = Map.of("../../escaped", "____escaped", "/tmp/escaped", "_tmp_escaped",
                "..\\\\..\\\\escaped", "____escaped", "/", "_");
        for (var name : stems.entrySet()) {
            Path session = session("\"small\"", "\"" + name.getKey() + "\"");
            Path out = dir.resolve("a/b/out");
            CliRun r = CliRun.of("run", session.toString(), "--out", out.toString(), "--steps", "1", "--png", "--png-scale", "0.5");
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.exists(out.resolve(name.getValue() + "-fit.png")), name.getKey());
            Path results = out.toRealPath();
            try (var walk = Files.walk(dir)) {
                for (Path png : walk.filter(f -> f.toString().endsWith(".png")).toList()) {
                    assertTrue(png.toRealPath().startsWith(results), png + " is outside " + results);
                }
            }
        }
    }

    @Test
    void hugeHarmonicsAreRefusedWithTheRange() throws IOException {
        String square = "\"type\": \"squareWave\", \"frequency\": 1.0, \"amplitude\": 1.0, \"harmonics\": 2147483647 },";
        Path s = write("session.json", SMALL.replaceAll("(?s)\"type\": \"wavePacket\".*?] },", square));
        assertRefused(run(s), "target.harmonics", "[1, 64]");
    }

    @Test
    void aFrequencyOf1e308IsRefusedAsAboveNyquist() throws IOException {
        assertRefused(run(session("\"frequency\": 2.0", "\"frequency\": 1e308")), "target.components[0].frequency", "Nyquist");
    }

    @Test
    void extremeScalesAreRefusedWithTheRange() throws IOException {
        assertRefused(run(session("\"sigma\": 4.0", "\"sigma\": 1e-300")), "distribution.sigma", "[0.0001, 1e+06]");
        assertRefused(run(session("{ \"type\": \"gaussian\", \"sigma\": 4.0 }", "{ \"type\": \"uniform\", \"band\": 1e300 }")),
                "distribution.band", "[0.0001, 1e+06]");
        assertRefused(run(session("\"envelopeWidth\": 1.0", "\"envelopeWidth\": 1e-300")), "target.envelopeWidth");
        assertRefused(run(session("\"maxFrequency\": 0", "\"maxFrequency\": 1e-300")), "pde.maxFrequency");
    }

    @Test
    void deepWidthsBeyondTheFeatureLimitAndParameterOverflowAreRefused() throws IOException {
        assertRefused(run(session("\"width\": 64, \"sigmaA\": 1.0,", "\"width\": 262144, \"hiddenLayers\": [64], \"sigmaA\": 1.0,")),
                "network.width", "65536");
        String huge = "[" + String.join(", ", java.util.Collections.nCopies(16, "16384")) + "]";
        assertRefused(run(session("\"width\": 64, \"sigmaA\": 1.0,", "\"width\": 65536, \"hiddenLayers\": " + huge + ", \"sigmaA\": 1.0,")),
                "network.hiddenLayers", "parameters");
    }

    @Test
    void whatCannotFitTheHeapIsRefusedBeforeAnyWork() throws IOException {
        Path s = session("\"samples\": 128", "\"samples\": 65536");
        CliRun r = CliRun.of("run", s.toString(), "--out", dir.resolve("out").toString(), "--steps", "1", "--kernel-limit");
        assertRefused(r, "needs about", "kernel views", "domain.samples");
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aFolderWhereSummaryJsonShouldBeIsOneLine() throws IOException {
        Files.createDirectories(dir.resolve("out/summary.json/inside"));
        assertRefused(run(write("session.json", SMALL)), "summary.json");
    }

    @Test
    void anImageWhoseHeaderClaimsTooManyPixelsIsRefusedBeforeDecoding() throws IOException {
        Path png = dir.resolve("picture.png");
        Files.write(png, pngClaiming(20000, 20000));
        assertRefused(run(write("session.json", PLANE_IMAGE)), "target.path", "20000 x 20000", "4096 x 4096");
    }

    @Test
    void aSixteenBitImageIsReadAtItsFullDepth() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_USHORT_GRAY);
        image.getRaster().setSample(1, 1, 0, 65535);
        image.getRaster().setSample(2, 2, 0, 16384);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        ImageTarget t = ImageTarget.read(new java.io.ByteArrayInputStream(bytes.toByteArray()), "16-bit", 2);
        // Pixel (col, row) has its centre at x1 = -2 + (col + 0.5), x2 = 2 - (row + 0.5): values 2 v / 65535 - 1.
        assertEquals(1.0, t.value(-0.5, 0.5), 1e-12);
        assertEquals(2 * 16384 / 65535.0 - 1, t.value(0.5, -0.5), 1e-12);
        assertEquals(-1.0, t.value(-1.5, 1.5), 1e-12);
        Files.write(dir.resolve("picture.png"), bytes.toByteArray());
        assertEquals(0, run(write("session.json", PLANE_IMAGE)).code());
    }

    @Test
    void aFileThatIsNotAnImageIsNamed() throws IOException {
        Files.writeString(dir.resolve("picture.png"), "not a picture");
        assertRefused(run(write("session.json", PLANE_IMAGE)), "target.path", "picture.png");
    }

    /** A 1 x 1 gray PNG whose header is rewritten to claim width x height (CRC fixed), pixels never sent. */
    static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), "png", out);
        byte[] png = out.toByteArray();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png);
        b.putInt(16, width).putInt(20, height);                 // IHDR data starts at 16: width, height
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);                                 // chunk type and 13 data bytes
        b.putInt(29, (int) crc.getValue());
        return png;
    }
}
