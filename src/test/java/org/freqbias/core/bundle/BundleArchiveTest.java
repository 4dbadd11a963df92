package org.freqbias.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder through a bundle and back; the entry names refused before anything is written. */
class BundleArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aFolderComesBackAsItWasWithItsManifest() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("results"));
        Files.writeString(in.resolve("results/a.csv"), "x,y\n1,2\n");
        Files.writeString(in.resolve("session.json"), "{}");
        Path zip = dir.resolve("b.zip");
        BundleArchive.write(zip, in);
        Path out = dir.resolve("out");
        assertEquals(List.of("results/a.csv", "session.json", "SHA256SUMS"), BundleArchive.extract(zip, out));
        assertEquals("x,y\n1,2\n", Files.readString(out.resolve("results/a.csv")));
        // sha256sum -c format: the SHA-256 of "{}" and of the CSV, two spaces, the name.
        String sums = Files.readString(out.resolve("SHA256SUMS"), StandardCharsets.UTF_8);
        assertTrue(sums.contains("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a  session.json"), sums);
        // The same files give the same bytes (fixed entry times).
        Path again = dir.resolve("again.zip");
        BundleArchive.write(again, in);
        assertEquals(-1L, Files.mismatch(zip, again));
    }

    @Test
    void namesThatCouldLeaveTheFolderAreRefused() {
        for (String bad : List.of("", "../x", "a/../../x", "/etc/x", "a//b", "./x", "a/.", "..", "c:x", "a\\..\\x", "a\nb")) {
            BundleException e = assertThrows(BundleException.class, () -> BundleArchive.checkedName(bad), bad);
            assertTrue(e.getMessage().contains("is not a plain relative path"), e.getMessage());
        }
        for (String good : List.of("session.json", "results/spectra.csv", "charts/gaussian-bias-spectrum.svg", "a..b/c")) {
            assertEquals(good, assertDoesNotThrow(good));
        }
    }

    private static String assertDoesNotThrow(String name) {
        try {
            return BundleArchive.checkedName(name);
        } catch (BundleException e) {
            throw new AssertionError(name + " refused: " + e.getMessage(), e);
        }
    }
}
