package org.freqbias.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any text becomes one plain file name that stays in its folder. */
class SafeFileNameTest {

    /** What a safe stem may be: no separators or Windows-forbidden or control characters, no "..", no leading dot or dash. */
    private static void assertSafe(String stem, String from) {
        assertTrue(!stem.isEmpty() && stem.length() <= SafeFileName.MAX_LENGTH, "length of " + stem);
        assertTrue(stem.chars().noneMatch(c -> Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0), stem);
        assertTrue(!stem.contains("..") && !stem.startsWith(".") && !stem.startsWith("-"), stem + " from " + from);
        assertTrue(!stem.endsWith(".") && !stem.endsWith(" "), stem);
    }

    @Property(tries = 500)
    void anyTextGivesASafeStem(@ForAll @StringLength(max = 400) String text) {
        assertSafe(SafeFileName.stem(text), text);
    }

    @Property(tries = 200)
    void aStemResolvesInsideItsFolder(@ForAll @StringLength(max = 300) String text) throws IOException {
        Path dir = Files.createTempDirectory("safe-name");
        try {
            Path file = SafeFileName.resolveInside(dir, SafeFileName.stem(text) + "-fit.png");
            assertEquals(dir.toRealPath(), file.getParent());
        } finally {
            Files.delete(dir);
        }
    }

    @Test
    void hostileNamesAndPlainOnes() {
        assertEquals("gaussian-bias", SafeFileName.stem("gaussian-bias"));
        assertEquals("my session 2", SafeFileName.stem("my session 2"));
        assertEquals("____x", SafeFileName.stem("../../x"));
        assertEquals("_etc_passwd", SafeFileName.stem("/etc/passwd"));
        assertEquals("a_b", SafeFileName.stem("a\u0000b"));
        assertEquals("hidden", SafeFileName.stem(".hidden"));
        assertEquals("rf", SafeFileName.stem("--rf"));
        assertEquals("_CON", SafeFileName.stem("CON"));
        assertEquals("_com1.txt", SafeFileName.stem("com1.txt"));
        assertEquals(SafeFileName.FALLBACK, SafeFileName.stem(""));
        assertEquals("_", SafeFileName.stem("..."));
        assertEquals(SafeFileName.MAX_LENGTH, SafeFileName.stem("n".repeat(1 << 20)).length());
        String emoji = "a".repeat(SafeFileName.MAX_LENGTH - 1) + "\uD83D\uDE00";   // a surrogate pair across the cut
        assertEquals(SafeFileName.MAX_LENGTH - 1, SafeFileName.stem(emoji).length());
    }

    @Test
    void resolvingOutsideTheFolderIsRefused(@TempDir Path dir) throws IOException {
        assertThrows(FileSystemException.class, () -> SafeFileName.resolveInside(dir, "../escape.png"));
        assertThrows(FileSystemException.class, () -> SafeFileName.resolveInside(dir, "/tmp/escape.png"));
        assertThrows(FileSystemException.class, () -> SafeFileName.resolveInside(dir, "."));
        Path outside = Files.createTempDirectory("outside");
        try {
            Files.createSymbolicLink(dir.resolve("link.png"), outside.resolve("target.png"));
            assertThrows(FileSystemException.class, () -> SafeFileName.resolveInside(dir, "link.png"));
        } finally {
            Files.delete(outside);
        }
        assertEquals(dir.toRealPath().resolve("ok.png"), SafeFileName.resolveInside(dir, "ok.png"));
    }
}
