package org.freqbias.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's output folder is replaced as a whole: what a reader of it sees before, during and after a run. */
class RunFolderTest {

    @TempDir
    Path parent;

    /** Writes {@code files} (name to content) as one run into {@code out} and commits it. */
    private static void run(Path out, Map<String, String> files) throws IOException {
        try (RunFolder folder = RunFolder.open(out)) {
            for (var e : files.entrySet()) {
                Files.writeString(folder.file(e.getKey()), e.getValue());
            }
            folder.commit();
        }
    }

    /** Name to content of every file a reader of {@code dir} sees. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return out;
    }

    /** The entries beside {@code out} that belong to it (".out.*"). */
    private long siblings(Path out) throws IOException {
        try (Stream<Path> all = Files.list(parent)) {
            return all.filter(p -> p.getFileName().toString().startsWith("." + out.getFileName() + ".")).count();
        }
    }

    @Test
    void aRunAppearsWholeAtCommitAndReplacesThePreviousOneWhole() throws IOException {
        Path out = parent.resolve("out");
        Map<String, String> first = Map.of("summary.json", "{1}", "spectra.csv", "a", "s-fit.png", "png");
        run(out, first);
        assertEquals(first, contents(out));
        assertTrue(Files.isDirectory(out, java.nio.file.LinkOption.NOFOLLOW_LINKS), "a real folder, not a link");

        Map<String, String> second = Map.of("summary.json", "{2}", "spectra.csv", "b");
        try (RunFolder folder = RunFolder.open(out)) {
            Files.writeString(folder.file("summary.json"), "{2}");
            Files.writeString(folder.file("spectra.csv"), "b");
            assertEquals(first, contents(out), "until the commit, a reader sees the previous run");
            folder.commit();
            assertEquals(second, contents(out), "after it the new run alone: the old PNG is gone");
        }
        assertEquals(0, siblings(out), "nothing stays beside it");
    }

    @Test
    void aRunThatIsNotCommittedLeavesNothingAndThePreviousRunWhole() throws IOException {
        Path out = parent.resolve("out");
        Map<String, String> first = Map.of("summary.json", "{1}", "loss.csv", "x");
        run(out, first);
        try (RunFolder folder = RunFolder.open(out)) {
            Files.writeString(folder.file("summary.json"), "{2}");
            // a failure (a full disk) ends the run here
        }
        assertEquals(first, contents(out));
        assertEquals(0, siblings(out));
        try (RunFolder folder = RunFolder.open(parent.resolve("never"))) {
            Files.writeString(folder.file("loss.csv"), "x");
        }
        assertFalse(Files.exists(parent.resolve("never")), "a first run that fails makes no folder");
        assertEquals(0, siblings(parent.resolve("never")));
    }

    @Test
    void leftoversOfProcessesThatAreGoneAreRemovedByTheNextRun() throws Exception {
        Path out = parent.resolve("out");
        run(out, Map.of("summary.json", "{1}"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid();
        Path staging = Files.createDirectories(parent.resolve(".out.run-" + deadPid + "-123"));
        Files.writeString(staging.resolve("spectra.csv"), "half");
        Files.createDirectories(parent.resolve(".out.old-" + deadPid + "-7"));
        Path alive = Files.createDirectories(parent.resolve(".out.run-" + ProcessHandle.current().parent().orElseThrow().pid() + "-9"));
        Path otherFolder = Files.createDirectories(parent.resolve(".other.run-" + deadPid + "-1"));
        Path staleLock = Files.writeString(parent.resolve(".out.lock"), Long.toString(deadPid)); // what kill -9 leaves
        assertEquals(4, siblings(out));

        run(out, Map.of("summary.json", "{2}"));
        assertFalse(Files.exists(staging));
        assertTrue(Files.exists(alive), "a run of a live process (another run into the same folder) is left alone");
        assertTrue(Files.exists(otherFolder), "another folder's leftovers are its own business");
        assertFalse(Files.exists(staleLock), "the lock of a dead process was free, and its file went with the run that took it");
        assertEquals(1, siblings(out), "the live process's");
        assertEquals(Map.of("summary.json", "{2}"), contents(out));
    }

    @Test
    void aPlainFolderHoldingAnEarlierRunIsReplacedAndOneHoldingOtherFilesIsRefused() throws IOException {
        Path legacy = Files.createDirectories(parent.resolve("legacy"));
        Files.writeString(legacy.resolve("summary.json"), "{0}");
        Files.writeString(legacy.resolve("gaussian-bias-fit.png"), "old");
        Files.writeString(legacy.resolve(".spectra.csv123.tmp"), "");
        run(legacy, Map.of("summary.json", "{1}"));
        assertEquals(Map.of("summary.json", "{1}"), contents(legacy));
        assertEquals(0, siblings(legacy));

        Path notes = Files.createDirectories(parent.resolve("notes"));
        Files.writeString(notes.resolve("summary.json"), "{0}");
        Files.writeString(notes.resolve("notes.txt"), "mine");
        RunFolder.NotReplaceable e = assertThrows(RunFolder.NotReplaceable.class, () -> RunFolder.open(notes));
        assertTrue(e.getReason().contains("notes.txt"), e.getReason());
        Path pictures = Files.createDirectories(parent.resolve("pictures"));
        Files.writeString(pictures.resolve("holiday.png"), "photo");
        assertTrue(assertThrows(RunFolder.NotReplaceable.class, () -> RunFolder.open(pictures)).getReason()
                .contains("no summary.json"), "PNGs without a summary are not a run's");
        assertEquals("mine", Files.readString(notes.resolve("notes.txt")));
        assertEquals("photo", Files.readString(pictures.resolve("holiday.png")));

        assertTrue(assertThrows(RunFolder.NotReplaceable.class, () -> RunFolder.open(Path.of("."))).getReason()
                .contains("the current folder"), "a run never replaces the folder the user stands in");
        Path file = Files.writeString(parent.resolve("file"), "x");
        assertTrue(assertThrows(RunFolder.NotReplaceable.class, () -> RunFolder.open(file)).getReason().contains("is a file"));
        Path empty = Files.createDirectories(parent.resolve("empty"));
        run(empty, Map.of("loss.csv", "l"));
        assertEquals(Map.of("loss.csv", "l"), contents(empty));
    }

    @Test
    void aLinkTheUserMadeIsFollowedAndStaysTheirs() throws IOException {
        Path real = Files.createDirectories(parent.resolve("disk/results"));
        Path link = Files.createSymbolicLink(parent.resolve("results"), real);
        run(link, Map.of("summary.json", "{1}"));
        run(link, Map.of("summary.json", "{2}"));
        assertEquals(real, Files.readSymbolicLink(link), "the user's link is kept");
        assertEquals(Map.of("summary.json", "{2}"), contents(link));
        assertTrue(Files.isDirectory(real, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the folder it names is replaced, a folder still");
        try (Stream<Path> beside = Files.list(parent.resolve("disk"))) {
            assertEquals(1, beside.count(), "the run was staged beside the real folder, on its disk, and nothing stays");
        }
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesOfItsCommitIsFinishedByTheNext() throws Exception {
        Path out = parent.resolve("out");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long deadPid = gone.pid();
        // What kill -9 leaves between "DIR aside" and "staging to DIR": no DIR, both runs beside it.
        Path aside = Files.createDirectories(parent.resolve(".out.old-" + deadPid + "-5"));
        Files.writeString(aside.resolve("summary.json"), "{old}");
        Path complete = Files.createDirectories(parent.resolve(".out.run-" + deadPid + "-5"));
        Files.writeString(complete.resolve("summary.json"), "{new}");
        Path other = Files.createDirectories(parent.resolve(".out.run-" + deadPid + "-6")); // a killed run's half

        RunFolder.recover(out);
        assertEquals(Map.of("summary.json", "{new}"), contents(out), "the killed run's complete results");
        assertTrue(Files.exists(other), "recovery moves one folder and deletes nothing");
        try (RunFolder folder = RunFolder.open(out)) {
            assertEquals(2, siblings(out), "the next run removed the leftovers; its own staging folder and lock file remain");
        }
        assertEquals(Map.of("summary.json", "{new}"), contents(out));
        assertEquals(0, siblings(out));
        assertFalse(Files.exists(aside));
    }

    @Test
    void aSecondRunIntoAFolderAnotherRunIsWritingIsRefusedAtOnceAndTheFirstCompletesWhole() throws Exception {
        Path out = parent.resolve("out");
        run(out, Map.of("summary.json", "{0}"));
        Path other = parent.resolve("other");
        try (RunFolder first = RunFolder.open(out)) {
            Files.writeString(first.file("summary.json"), "{1}");
            Files.writeString(first.file("spectra.csv"), "a");

            RunFolder.NotReplaceable sameThread = assertThrows(RunFolder.NotReplaceable.class, () -> RunFolder.open(out));
            assertEquals(out.toString(), sameThread.getFile());
            assertTrue(sameThread.getReason().startsWith("another run is writing it (in this process); wait for that run to end, or "),
                    sameThread.getReason());
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                Future<?> second = thread.submit(() -> RunFolder.open(parent.resolve("./out")));
                ExecutionException e = assertThrows(ExecutionException.class, second::get);
                assertTrue(e.getCause() instanceof RunFolder.NotReplaceable, e.getCause().toString());
            } finally {
                thread.shutdown();
            }
            // A sweep's jobs: runs into other folders of the same parent go on meanwhile.
            run(other, Map.of("summary.json", "{other}"));

            assertEquals(Map.of("summary.json", "{0}"), contents(out), "the refusals touched nothing");
            first.commit();
        }
        assertEquals(Map.of("summary.json", "{1}", "spectra.csv", "a"), contents(out), "the first run, whole");
        assertEquals(0, siblings(out), "its lock file is gone with it");
        assertEquals(Map.of("summary.json", "{other}"), contents(other));
        run(out, Map.of("summary.json", "{2}"));
        assertEquals(Map.of("summary.json", "{2}"), contents(out), "once the first run ended, a new run writes the folder");
        assertEquals(0, siblings(out));
    }

    @Test
    void aRunThatFailsReleasesTheFolderForTheNext() throws IOException {
        Path out = parent.resolve("out");
        try (RunFolder failed = RunFolder.open(out)) {
            Files.writeString(failed.file("summary.json"), "{half}");
        }
        Path notes = Files.createDirectories(parent.resolve("notes"));
        Files.writeString(notes.resolve("notes.txt"), "mine");
        assertThrows(RunFolder.NotReplaceable.class, () -> RunFolder.open(notes));
        run(out, Map.of("summary.json", "{1}"));
        run(notes.resolveSibling("notes2"), Map.of("summary.json", "{1}"));
        assertEquals(Map.of("summary.json", "{1}"), contents(out));
        assertEquals(0, siblings(out));
        assertEquals(0, siblings(notes), "a refused folder leaves no lock file");
    }

    @Test
    void longNamesThatStartAlikeAreTwoFoldersWithTheirOwnLocks() throws IOException {
        String stem = "é".repeat(60); // 120 bytes of UTF-8, over the part of a name the siblings carry
        Path a = parent.resolve(stem);
        Path b = parent.resolve(stem + "-2");
        try (RunFolder first = RunFolder.open(a); RunFolder second = RunFolder.open(b)) {
            Files.writeString(first.file("summary.json"), "{a}");
            Files.writeString(second.file("summary.json"), "{b}");
            second.commit();
            first.commit();
        }
        assertEquals(Map.of("summary.json", "{a}"), contents(a));
        assertEquals(Map.of("summary.json", "{b}"), contents(b));
        assertTrue(RunSiblings.shortName(a).getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 100);
        try (Stream<Path> all = Files.list(parent)) {
            assertEquals(2, all.count(), "nothing beside them");
        }
    }

    @Test
    void aReplacedFolderKeepsItsPermissions() throws IOException {
        assumeTrue(Files.getFileStore(parent).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX permissions");
        Path out = parent.resolve("out");
        run(out, Map.of("summary.json", "{1}"));
        assertEquals(PosixFilePermissions.fromString("rwxr-xr-x"), Files.getPosixFilePermissions(out), "a first run's folder");
        for (String mode : new String[] {"rwxr-x---", "rwx------", "rwxrwxr-x"}) {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(mode));
            run(out, Map.of("summary.json", "{" + mode + "}"));
            assertEquals(Map.of("summary.json", "{" + mode + "}"), contents(out));
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), "the re-run kept chmod " + mode);
        }
    }

    @Test
    void namesCannotLeaveTheStagingFolder() throws IOException {
        try (RunFolder folder = RunFolder.open(parent.resolve("out"))) {
            assertThrows(java.nio.file.FileSystemException.class, () -> folder.file("../escape.png"));
            assertThrows(java.nio.file.FileSystemException.class, () -> folder.file("/tmp/escape.png"));
            assertEquals(folder.staging().toRealPath(), folder.file("ok.png").getParent());
        }
    }
}
