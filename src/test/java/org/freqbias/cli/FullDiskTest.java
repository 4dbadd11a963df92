package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a run, for real: a 256 KB tmpfs (needs the right to mount, as root in
 * a container; skipped otherwise). The run is refused with one line, exit 2, and leaves the disk as
 * it found it: the earlier run whole, nothing of the failed one.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FullDiskTest {

    @TempDir
    Path dir;

    private Path disk;

    private boolean mount() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            // Busy (and failing the test) if the failed run left a file open on the disk.
            Process p = new ProcessBuilder("umount", disk.toString()).redirectErrorStream(true).start();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, () -> "umount: " + output(p));
        }
    }

    private static String output(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static List<String> everything(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p) + (Files.isRegularFile(p) ? " " + size(p) : "")).sorted().toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void aFullDiskIsOneLineAndLeavesTheEarlierRunAndNothingElse() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux") && mount(), "needs the right to mount a tmpfs");
        Path session = dir.resolve("s.json");
        Files.writeString(session, RunCommandTest.SMALL);
        Path out = disk.resolve("out");
        CliRun first = CliRun.of("run", session.toString(), "--out", out.toString(), "--steps", "10");
        assertEquals(0, first.code(), first.err());
        List<String> before = everything(disk);

        // 1000 snapshots of 65 frequencies: about 2.5 MB of spectra.csv, ten times the disk.
        CliRun full = CliRun.of("run", session.toString(), "--out", out.toString(), "--steps", "10000");
        assertEquals(2, full.code(), full.err());
        String line = full.errorLine();
        assertTrue(line.contains("No space left on device") && line.contains("free some space") && line.contains(out.toString()), line);
        assertEquals(1, full.err().lines().filter(l -> l.startsWith("error")).count(), full.err());
        assertEquals(before, everything(disk), "the earlier run whole, nothing of the failed one");
    }
}
