package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.core.bundle.BuildInfo;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * {@code run --bundle} and {@code run FILE.zip --out DIR}: what a bundle holds (checked against
 * the run's own files and checksums computed here), a re-run that matches, and the refusals: a
 * changed entry, a session edited with its manifest recomputed (the figures then differ), entry
 * names that would leave the output folder.
 */
class RunBundleTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aBundleHoldsTheEffectiveSessionResultsChartsAndAChecksumOfEach() throws Exception {
        Path zip = dir.resolve("small.zip");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("run", session(RunCommandTest.SMALL).toString(), "--out", out.toString(), "--bundle", zip.toString(),
                "--seed", "7", "--steps", "20", "--kernel-limit");
        assertEquals(0, run.code(), run.err());
        Map<String, byte[]> entries = read(zip);

        TreeSet<String> expected = new TreeSet<>(List.of("SHA256SUMS", "README.txt", "run.json", "session.json",
                "results/spectra.csv", "results/peaks.csv", "results/loss.csv", "results/summary.json"));
        TreeSet<String> chartEntries = new TreeSet<>();
        entries.keySet().stream().filter(n -> n.startsWith("charts/")).forEach(chartEntries::add);
        expected.addAll(chartEntries);
        assertEquals(expected, new TreeSet<>(entries.keySet()));
        assertEquals(12, chartEntries.size(), "a PNG and an SVG of each of the six charts: " + chartEntries);
        for (String entry : chartEntries) {
            assertTrue(entry.matches("charts/small-[a-z-]+\\.(png|svg)"), entry);
        }

        // The manifest: the SHA-256 of every other entry, computed here independently.
        StringBuilder sums = new StringBuilder();
        for (String name : new TreeSet<>(entries.keySet())) {
            if (!name.equals("SHA256SUMS")) {
                sums.append(sha256(entries.get(name))).append("  ").append(name).append('\n');
            }
        }
        assertEquals(sums.toString(), text(entries, "SHA256SUMS"));

        // The effective session: the overrides applied, seed included.
        Session bundled = SessionFiles.parse(text(entries, "session.json"), "session.json");
        Session original = SessionFiles.parse(RunCommandTest.SMALL, "small");
        assertEquals(original.withTraining(original.training().withSeed(7).withSteps(20)), bundled);
        // The results are the run's files, byte for byte.
        for (String table : List.of("spectra.csv", "peaks.csv", "loss.csv", "summary.json")) {
            assertEquals(Files.readString(out.resolve(table)), text(entries, "results/" + table), table);
        }
        // PNGs at 2x: the export size twice.
        BufferedImage spectrum = ImageIO.read(new ByteArrayInputStream(entries.get("charts/small-spectrum.png")));
        assertEquals(2 * (int) ChartExporter.CHART_WIDTH, spectrum.getWidth());
        assertEquals(2 * (int) ChartExporter.CHART_HEIGHT, spectrum.getHeight());
        assertTrue(text(entries, "charts/small-spectrum.svg").contains("<svg"));

        JsonNode runJson = SessionFiles.JSON.readTree(entries.get("run.json"));
        assertEquals(List.of("ntk"), List.of(runJson.path("options").path("kernelFlows").get(0).asText()));
        assertEquals(expectedCommit(), runJson.path("program").path("commit").asText());
        assertEquals(System.getProperty("java.version"), runJson.path("java").path("version").asText());
        assertEquals(Runtime.getRuntime().availableProcessors(), runJson.path("machine").path("cores").asInt());
        String readme = text(entries, "README.txt");
        assertTrue(readme.contains("run small.zip --out"), readme);
        assertTrue(readme.contains("arXiv:2405.14957"), readme);
        assertTrue(readme.contains("Molina, M. Petrache, F. Sahli Costabal, M. Courdurier"), readme);
    }

    @Test
    void aReRunOfABundleGivesIdenticalFiguresAndACsvTargetTravelsInside() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i <= 80; i++) {
            double x = -10 + 0.25 * i;
            csv.append(String.format(Locale.ROOT, "%.2f,%.17g%n", x, Math.sin(2 * x) * Math.exp(-x * x / 8)));
        }
        Files.writeString(data.resolve("curve.csv"), csv);
        String json = RunCommandTest.SMALL.replaceAll("(?s)\"target\": \\{.*?] },",
                "\"target\": { \"type\": \"csv\", \"path\": \"data/curve.csv\", \"peaks\": [2] },");
        Path zip = dir.resolve("csv.zip");
        CliRun made = CliRun.of("run", session(json).toString(), "--bundle", zip.toString());
        assertEquals(0, made.code(), made.err());
        Map<String, byte[]> entries = read(zip);
        assertTrue(entries.containsKey("inputs/target.csv"), entries.keySet().toString());
        assertTrue(text(entries, "session.json").contains("\"path\" : \"inputs/target.csv\""));

        Path out = dir.resolve("rerun");
        CliRun rerun = CliRun.of("run", zip.toString(), "--out", out.toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(rerun.err().contains("the figures match the bundle") && rerun.err().contains("identical"), rerun.err());
        // The re-run's tables are the bundle's, byte for byte (same machine).
        for (String table : List.of("spectra.csv", "peaks.csv", "loss.csv")) {
            assertEquals(text(entries, "results/" + table), Files.readString(out.resolve(BundleRerun.RERUN).resolve(table)), table);
        }
    }

    /** The app's Export bundle goes through the same writer: its bundle re-runs to the same figures. */
    @Test
    void theAppsBundleWriterWritesABundleThatReRuns() throws Exception {
        Session s = SessionFiles.parse(RunCommandTest.SMALL, "small");
        Path zip = dir.resolve("app.zip");
        assertEquals("Wrote the bundle " + zip, FreqBiasCommand.writeBundle(s, java.util.Set.of(), zip));
        assertEquals(s, SessionFiles.parse(text(read(zip), "session.json"), "session.json"));
        CliRun rerun = CliRun.of("run", zip.toString(), "--out", dir.resolve("rerun").toString());
        assertEquals(0, rerun.code(), rerun.err());
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FreqBiasCommand.writeBundle(s, java.util.Set.of(), dir.resolve("not-a-zip.txt")));
        assertTrue(refused.getMessage().contains("must name a file ending in .zip"), refused.getMessage());
    }

    @Test
    void aChangedEntryIsRefusedAndNothingOfItStays() throws Exception {
        Path zip = bundle();
        Map<String, byte[]> entries = read(zip);
        String summary = text(entries, "results/summary.json");
        entries.put("results/summary.json", summary.replaceFirst("\"max\" : [0-9.eE-]+", "\"max\" : 0.001").getBytes(StandardCharsets.UTF_8));
        Path tampered = write(dir.resolve("tampered.zip"), entries);
        Path out = dir.resolve("rerun");
        CliRun rerun = CliRun.of("run", tampered.toString(), "--out", out.toString());
        assertEquals(FreqBiasCommand.BAD_INPUT, rerun.code(), rerun.err());
        assertTrue(rerun.errorLine().contains("results/summary.json does not match its SHA-256 in SHA256SUMS"), rerun.err());
        try (Stream<Path> left = Files.walk(out)) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "nothing of a refused bundle stays");
        }
    }

    @Test
    void anEditedSessionWithItsManifestRecomputedIsReportedAsAMismatch() throws Exception {
        Path zip = bundle();
        Map<String, byte[]> entries = read(zip);
        String session = text(entries, "session.json");
        assertTrue(session.contains("\"learningRate\" : 0.01"), session);
        entries.put("session.json", session.replace("\"learningRate\" : 0.01", "\"learningRate\" : 0.012").getBytes(StandardCharsets.UTF_8));
        entries.put("SHA256SUMS", sums(entries).getBytes(StandardCharsets.UTF_8));
        CliRun rerun = CliRun.of("run", write(dir.resolve("edited.zip"), entries).toString(), "--out", dir.resolve("rerun").toString());
        assertEquals(FreqBiasCommand.BAD_INPUT, rerun.code(), rerun.err());
        assertTrue(rerun.err().contains("the figures do not match the bundle"), rerun.err());
    }

    @Test
    void entryNamesThatWouldLeaveTheOutputFolderAreRefused() throws Exception {
        Map<String, byte[]> entries = read(bundle());
        for (String evil : List.of("../evil.txt", "results/../../evil.txt", "/tmp/evil.txt", "..\\evil.txt")) {
            Map<String, byte[]> e = new LinkedHashMap<>(entries);
            e.put(evil, "x".getBytes(StandardCharsets.UTF_8));
            e.put("SHA256SUMS", sums(e).getBytes(StandardCharsets.UTF_8));
            Path out = Files.createDirectories(dir.resolve("deep/rerun"));
            CliRun rerun = CliRun.of("run", write(dir.resolve("evil.zip"), e).toString(), "--out", out.toString());
            assertEquals(FreqBiasCommand.BAD_INPUT, rerun.code(), evil + ": " + rerun.err());
            assertTrue(rerun.errorLine().contains("is not a plain relative path"), rerun.err());
            assertFalse(Files.exists(dir.resolve("deep/evil.txt")) || Files.exists(dir.resolve("evil.txt"))
                    || Files.exists(out.resolve("evil.txt")), evil);
        }
    }

    @Test
    void aBundleRerunRefusesOptionsThatWouldChangeTheRun() throws Exception {
        Path zip = bundle();
        for (List<String> option : List.of(List.of("--steps", "5"), List.of("--compare-max-frequency", "20"), List.of("--kernel-limit"))) {
            List<String> args = new java.util.ArrayList<>(List.of("run", zip.toString(), "--out", dir.resolve("r").toString()));
            args.addAll(option);
            CliRun rerun = CliRun.of(args.toArray(String[]::new));
            assertEquals(FreqBiasCommand.BAD_INPUT, rerun.code(), option.toString());
            assertTrue(rerun.errorLine().contains("re-runs with its own session and options"), rerun.err());
        }
        CliRun noOut = CliRun.of("run", session(RunCommandTest.SMALL).toString());
        assertEquals(FreqBiasCommand.BAD_INPUT, noOut.code());
        assertTrue(noOut.errorLine().contains("--out DIR is missing"), noOut.err());
    }

    private Path bundle() throws IOException {
        Path zip = dir.resolve("made.zip");
        if (!Files.exists(zip)) {
            CliRun run = CliRun.of("run", session(RunCommandTest.SMALL).toString(), "--bundle", zip.toString(), "--steps", "20");
            assertEquals(0, run.code(), run.err());
        }
        return zip;
    }

    private Path session(String json) throws IOException {
        return Files.writeString(dir.resolve("session.json"), json);
    }

    /**
     * The commit the build wrote: git's HEAD of this checkout (a linked worktree's own), "-dirty"
     * when tracked files differ from it (as they did at build time), or "unknown" outside git.
     */
    private static String expectedCommit() throws Exception {
        String head = git("rev-parse", "HEAD");
        if (head == null) {
            return BuildInfo.UNKNOWN;
        }
        return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "-dirty";
    }

    /** git's output, or null when git is missing or fails (not a checkout). */
    private static String git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : null;
        } catch (IOException noGit) {
            return null;
        }
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    private static Path write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }

    /** A manifest recomputed for {@code entries}, as someone covering an edit would. */
    private static String sums(Map<String, byte[]> entries) throws Exception {
        StringBuilder sums = new StringBuilder();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().equals("SHA256SUMS")) {
                sums.append(sha256(e.getValue())).append("  ").append(e.getKey()).append('\n');
            }
        }
        return sums.toString();
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }
}
