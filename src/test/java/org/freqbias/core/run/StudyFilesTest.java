package org.freqbias.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.freqbias.core.kernel.KernelFlowKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyFilesTest {

    @TempDir
    Path dir;

    private static RunRecord line;
    private static RunRecord image;

    @BeforeAll
    static void record() throws IOException {
        line = RecordedRuns.run(RecordedRuns.shrunk("gaussian-bias", 256, 512, 400)).record();
        image = RecordedRuns.run(RecordedRuns.shrunk("image-gaussian", 32, 256, 100), KernelFlowKind.KERNEL_LIMIT).record();
    }

    private Path saved() throws IOException {
        Path file = dir.resolve("study.zip");
        StudyFiles.save(file, new Study(List.of(new Study.Run("image", true, image), new Study.Run("sigma 4 -> 8", false, line))));
        return file;
    }

    /** Every figure a replay or a comparison reads, equal to the bit (floats as stored, figures at full precision). */
    private static void assertSameFigures(RunRecord expected, RunRecord actual) {
        assertEquals(expected.session(), actual.session());
        assertEquals(expected.networkLearningTimes(), actual.networkLearningTimes());
        assertEquals(expected.pdeLearningTimes(), actual.pdeLearningTimes());
        for (KernelFlowKind kind : expected.kernelFlows()) {
            assertEquals(expected.kernelFlowLearningTimes(kind), actual.kernelFlowLearningTimes(kind));
        }
        assertEquals(expected.kernelFlows(), actual.kernelFlows());
        assertEquals(expected.agreement().max(), actual.agreement().max());
        assertEquals(expected.agreement().last(), actual.agreement().last());
        assertArrayEquals(expected.agreement().values(), actual.agreement().values());
        assertArrayEquals(expected.peakIndices(), actual.peakIndices());
        assertArrayEquals(expected.pureDampingTimes(), actual.pureDampingTimes());
        assertArrayEquals(expected.target(), actual.target());
        assertEquals(expected.stepsDone(), actual.stepsDone());
        assertEquals(expected.snapshots().size(), actual.snapshots().size());
        double t = expected.totalTime() / 3;     // the spectra at a time: the snapshot nearest to it
        KeptSnapshot a = expected.nearest(t);
        KeptSnapshot b = actual.nearest(t);
        assertEquals(a.time(), b.time());
        assertEquals(a.loss(), b.loss());
        assertArrayEquals(a.networkAbs(), b.networkAbs());
        assertArrayEquals(a.pdeAbs(), b.pdeAbs());
        assertArrayEquals(a.fit(), b.fit());
        for (KernelFlowKind kind : expected.kernelFlows()) {
            assertArrayEquals(a.kernelFlowAbs(kind), b.kernelFlowAbs(kind));
        }
        assertEquals(expected.bytes(), actual.bytes());
    }

    @Test
    void aSavedStudyOpensWithTheSameRunsNamesPinsAndFigures() throws IOException {
        Study study = StudyFiles.open(saved());
        assertEquals(2, study.runs().size());
        assertEquals("image", study.runs().get(0).name());
        assertTrue(study.runs().get(0).pinned());
        assertEquals("sigma 4 -> 8", study.runs().get(1).name());
        assertSameFigures(image, study.runs().get(0).record());
        assertSameFigures(line, study.runs().get(1).record());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("study.zip")), files.toList(), "no temporary file is left");
        }
    }

    // ---- damaged studies: each refused with a message naming what is wrong ----

    private void refused(Path file, String expected) {
        StudyException e = assertThrows(StudyException.class, () -> StudyFiles.open(file));
        assertTrue(e.getMessage().contains(expected), "message: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
    }

    /** The saved study's entries, edited by {@code edit} (name -> bytes; null drops it), zipped again. */
    private Path rezipped(Map<String, UnaryOperator<byte[]>> edits) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(saved().toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        Path out = dir.resolve("edited.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                byte[] bytes = edits.getOrDefault(e.getKey(), UnaryOperator.identity()).apply(e.getValue());
                if (bytes != null) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
            if (edits.containsKey("extra")) {
                zip.putNextEntry(new ZipEntry("../extra"));
                zip.write(1);
                zip.closeEntry();
            }
        }
        return out;
    }

    private static UnaryOperator<byte[]> replace(String from, String to) {
        return bytes -> new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTruncatedStudyIsRefused() throws IOException {
        Path file = saved();
        byte[] bytes = Files.readAllBytes(file);
        for (int keep : new int[] {0, 10, bytes.length / 2, bytes.length - 30}) {
            Path cut = dir.resolve("cut-" + keep + ".zip");
            Files.write(cut, java.util.Arrays.copyOf(bytes, keep));
            refused(cut, "not a complete study");
        }
    }

    @Test
    void aMissingEntryIsRefused() throws IOException {
        refused(rezipped(Map.of("runs/2/tables.bin", b -> null)), "entry runs/2/tables.bin is missing");
        refused(rezipped(Map.of("manifest.json", b -> null)), "has no manifest.json");
    }

    @Test
    void aChangedEntryFailsItsChecksum() throws IOException {
        refused(rezipped(Map.of("runs/2/tables.bin", b -> {
            byte[] c = b.clone();
            c[c.length / 2] ^= 1;
            return c;
        })), "does not match its SHA-256");
        refused(rezipped(Map.of("runs/1/run.json", replace("\"pinned\" : true", "\"pinned\" : false"))), "runs/1/run.json is longer");
    }

    @Test
    void anEntryOutsideTheManifestIsRefused() throws IOException {
        refused(rezipped(Map.of("extra", b -> b)), "entry ../extra is not listed");
    }

    /** The manifest rewritten so that checksums hold: what the entries say is then checked. */
    private Path consistent(String entry, UnaryOperator<byte[]> edit) throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>();
        Path first = rezipped(Map.of(entry, b -> {
            byte[] c = edit.apply(b);
            changed.put(entry, c);
            return c;
        }));
        byte[] c = changed.get(entry);
        String sha = java.util.HexFormat.of().formatHex(sha256(c));
        Path second = dir.resolve("consistent.zip");
        Files.move(first, second, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<String, byte[]> all = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(second.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry z = e.nextElement();
                try (InputStream in = zip.getInputStream(z)) {
                    all.put(z.getName(), in.readAllBytes());
                }
            }
        }
        String manifest = new String(all.get("manifest.json"), StandardCharsets.UTF_8);
        String key = "\"" + entry + "\" : {";
        int at = manifest.indexOf(key);
        int end = manifest.indexOf('}', at);
        manifest = manifest.substring(0, at) + key + "\n      \"bytes\" : " + c.length + ",\n      \"sha256\" : \"" + sha + "\"\n    "
                + manifest.substring(end);
        all.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("resealed.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, byte[]> e : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBadSessionInsideIsRefusedNamingTheField() throws IOException {
        refused(consistent("runs/2/session.json", replace("\"sigma\" : 4.0", "\"sigma\" : -4.0")), "distribution.sigma");
    }

    @Test
    void absurdCountsAreRefusedBeforeAnythingIsAllocated() throws IOException {
        refused(consistent("runs/2/run.json", replace("\"kept\" : 21", "\"kept\" : 2000000000")), "kept must be a whole number in [1, ");
        refused(consistent("runs/2/run.json", replace("\"frequencies\" : 129", "\"frequencies\" : 1000000")), "the session's grid");
        refused(consistent("runs/2/run.json", replace("\"agreements\" : 21", "\"agreements\" : 22")), "needs");
    }

    @Test
    void aNewerFormatAndOtherFilesAreRefused() throws IOException {
        refused(rezipped(Map.of("manifest.json", replace("\"version\" : 1", "\"version\" : 2"))), "newer version");
        refused(rezipped(Map.of("manifest.json", replace("freqbias-study", "something-else"))), "not a study");
        Path text = dir.resolve("text.zip");
        Files.writeString(text, "hello");
        refused(text, "not a complete study");
        refused(dir, "not a study file");
    }

    @Test
    void anEmptyStudyRoundTrips() throws IOException {
        Path file = dir.resolve("empty.zip");
        StudyFiles.save(file, new Study(List.of()));
        assertEquals(List.of(), StudyFiles.open(file).runs());
    }
}
