package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.freqbias.core.io.RunFolder;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, "results that are one run": {@code run} processes killed with SIGKILL at random moments,
 * into a folder holding an earlier run, leave the folder holding either that run or the new one,
 * whole, every time; SIGTERM leaves nothing of the stopped run; a full disk is one line and leaves
 * nothing behind. The runs alternate between two runs A (seed 1, with PNGs) and B (seed 2, without),
 * so a mix shows (PNGs of A beside CSVs of B, or B's summary beside A's tables).
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class KilledRunTest {

    /** Training steps of each run: long enough that kills land in training, writing and the commit alike. */
    static final String STEPS = "1500";
    static final int TRIALS = 20;

    @TempDir
    Path dir;

    /** What a reader of a finished run's folder sees: each file's bytes (summary.json without its timings). */
    private record RunImage(Map<String, String> files) {
        static RunImage of(Path out) throws IOException {
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> list = Files.list(out)) {
                for (Path f : (Iterable<Path>) list::iterator) {
                    String name = f.getFileName().toString();
                    files.put(name, name.equals("summary.json") ? withoutTimings(f)
                            : name.endsWith(".png") ? "png " + Files.size(f) : Files.readString(f));
                }
            }
            return new RunImage(files);
        }

        private static String withoutTimings(Path summary) throws IOException {
            JsonNode json = SessionFiles.JSON.readTree(summary.toFile());
            ((ObjectNode) json).remove("timing");
            return json.toString();
        }
    }

    private List<String> command(String seed, boolean png, Path out) throws IOException {
        return command(seed, png, out, STEPS);
    }

    private List<String> command(String seed, boolean png, Path out, String steps) throws IOException {
        Path session = dir.resolve("kill.json");
        Files.writeString(session, RunCommandTest.SMALL);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.freqbias.Main",
                "run", session.toString(), "--out", out.toString(), "--seed", seed, "--steps", steps));
        if (png) {
            cmd.addAll(List.of("--png", "--png-scale", "0.5"));
        }
        return cmd;
    }

    private Process start(List<String> cmd) throws IOException {
        return start(cmd, "child.log");
    }

    private Process start(List<String> cmd, String logName) throws IOException {
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(logName).toFile()).start();
    }

    /** Runs {@code cmd} to the end; returns its wall time in seconds. */
    private double runToEnd(List<String> cmd) throws Exception {
        long start = System.nanoTime();
        Process p = start(cmd);
        assertEquals(0, p.waitFor(), () -> log());
        return (System.nanoTime() - start) / 1e9;
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private long leftovers(Path out) throws IOException {
        try (Stream<Path> beside = Files.list(out.getParent())) {
            return beside.filter(p -> p.getFileName().toString().startsWith(".out.")).count();
        }
    }

    @Test
    void killMinus9AtRandomMomentsLeavesTheOldRunOrTheNewOneWhole() throws Exception {
        assumeTrue(File.separatorChar == '/', "kill -9 is a POSIX signal");
        Path out = dir.resolve("out");
        List<String> runA = command("1", true, out);
        List<String> runB = command("2", false, out);
        double secondsA = runToEnd(runA);
        RunImage a = RunImage.of(out);
        double secondsB = runToEnd(runB);
        RunImage b = RunImage.of(out);
        assertTrue(a.files().keySet().stream().anyMatch(n -> n.endsWith(".png")) && !a.equals(b), "two distinguishable runs");

        Random random = new Random(10);
        int old = 0;
        int replaced = 0;
        int finishedByNext = 0;
        List<String> broken = new ArrayList<>();
        RunImage now = b;
        for (int trial = 0; trial < TRIALS; trial++) {
            boolean nextIsA = now == b;
            RunImage next = nextIsA ? a : b;
            double seconds = nextIsA ? secondsA : secondsB;
            Process p = start(nextIsA ? runA : runB);
            // From the start of training (JVM start-up takes the first part) to a little past a
            // normal run's end, the commit included.
            long delayMillis = (long) (1000 * seconds * (0.2 + 1.4 * random.nextDouble()));
            if (!p.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
                new ProcessBuilder("kill", "-9", Long.toString(p.pid())).start().waitFor();
            }
            p.waitFor();
            if (!Files.exists(out)) {
                // Killed between the two renames of its commit: the next run finishes it first.
                RunFolder.recover(out);
                finishedByNext++;
            }
            RunImage seen = RunImage.of(out);
            if (seen.equals(now)) {
                old++;
            } else if (seen.equals(next)) {
                replaced++;
                now = next;
            } else {
                broken.add("trial " + trial + " after " + delayMillis + " ms: " + seen.files().keySet());
            }
        }
        System.out.printf(java.util.Locale.ROOT, "kill -9 tally: %d trials, %d left the old run whole, %d the new one "
                + "(%d of them killed between the commit's two renames, finished by the next run), %d anything else "
                + "(runs A %.1f s, B %.1f s undisturbed)%n", TRIALS, old, replaced, finishedByNext, broken.size(), secondsA, secondsB);
        assertEquals(List.of(), broken);

        runToEnd(now == a ? runB : runA);
        assertEquals(0, leftovers(out), "the next run removes what the killed ones left");
    }

    @Test
    void aSecondProcessIntoTheFolderARunIsWritingIsRefusedWithExit2AndTheFirstCompletesWhole() throws Exception {
        Path out = dir.resolve("out");
        // The first run trains several seconds (about 7 s here), so the second JVM starts (about 1 s) while it writes.
        List<String> runA = command("1", true, out, "8000");
        List<String> runB = command("2", false, out);
        runToEnd(runA);
        RunImage a = RunImage.of(out);
        runToEnd(runB);
        RunImage b = RunImage.of(out);

        Process first = start(runA);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (leftovers(out) == 0 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20); // until the first run has opened the folder (its lock and staging folder appear)
        }
        Process second = start(runB, "second.log");
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        assumeTrue(first.isAlive(), "the first run ended before the second one started");
        String refusal = Files.readString(dir.resolve("second.log"));
        assertEquals(2, second.exitValue(), refusal);
        assertTrue(refusal.contains("--out " + out + ": another run is writing it (process " + first.pid() + "); wait for that run "
                + "to end, or choose another"), refusal);
        assertEquals(b, RunImage.of(out), "the refused run touched nothing");

        assertEquals(0, first.waitFor(), () -> log());
        assertEquals(a, RunImage.of(out), "the first run, whole");
        assertEquals(0, leftovers(out), "its lock file went with it");
        runToEnd(runB);
        assertEquals(b, RunImage.of(out), "once the first run ended, a new run writes the folder");
    }

    @Test
    void sigtermRemovesTheStagingFolderAndKeepsThePreviousRun() throws Exception {
        assumeTrue(File.separatorChar == '/', "SIGTERM is a POSIX signal");
        Path out = dir.resolve("out");
        runToEnd(command("1", false, out));
        RunImage before = RunImage.of(out);
        Process p = start(command("2", true, out));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (leftovers(out) == 0 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assumeTrue(p.isAlive(), "the run ended before it could be stopped");
        Thread.sleep(300); // into training
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(before, RunImage.of(out));
        assertEquals(0, leftovers(out), "the shutdown hook removed the stopped run's files");
    }
}
