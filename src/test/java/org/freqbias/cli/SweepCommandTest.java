package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.run.Study;
import org.freqbias.core.run.StudyFiles;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.sweep.RunMarker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" of sweeps at a small size: a 3 x 2 x 3 sweep (sigma x width x seeds) of
 * gaussian-bias with few steps and small widths, once, then checked against 18 separate runs, a
 * restart after a kill, and the same sweep in 3 shards.
 */
class SweepCommandTest {

    private static final String STEPS = "60";
    private static final String[] GRID = {"--vary", "distribution.sigma=2,4,8", "--vary", "network.width=32,64", "--seeds", "0-2"};

    @TempDir
    static Path dir;
    private static Path sweep;
    /** gaussian-bias on a coarser grid ({@link SweepFixture#smallBase}). */
    private static Path base;

    private static String[] args(String first, Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("sweep", first));
        a.addAll(List.of(GRID));
        a.addAll(List.of("--steps", STEPS, "--out", out.toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @BeforeAll
    static void sweepOnce() throws IOException {
        base = SweepFixture.smallBase(dir);
        sweep = dir.resolve("sweep");
        CliRun c = CliRun.of(args(base.toString(), sweep, "--jobs", "2"));
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("18 run(s) of 18, 0 already complete"), c.err());
        assertTrue(c.err().contains("left"), "progress with time left: " + c.err());
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    @Test
    void runsCsvRowsEqualTheFiguresOfTheSeparateRuns() throws IOException {
        assertEquals("distribution.sigma,network.width,seed,peak,learning_time_network,network_learned,learning_time_pde,"
                + "pde_learned,pure_damping_time,agreement,final_loss,diverged", Files.readAllLines(sweep.resolve("runs.csv")).get(0));
        List<String[]> table = rows(sweep.resolve("runs.csv"));
        int row = 0;
        for (String sigma : List.of("2", "4", "8")) {
            for (String width : List.of("32", "64")) {
                for (int seed = 0; seed <= 2; seed++) {
                    // The separate run: the session file edited by hand, run by `run`.
                    ObjectNode json = (ObjectNode) SessionFiles.JSON.readTree(base.toFile());
                    ((ObjectNode) json.get("distribution")).put("sigma", Double.parseDouble(sigma));
                    ((ObjectNode) json.get("network")).put("width", Integer.parseInt(width));
                    Path session = dir.resolve("s-" + sigma + "-" + width + ".json");
                    Files.writeString(session, json.toString());
                    Path alone = dir.resolve("alone-" + sigma + "-" + width + "-" + seed);
                    CliRun r = CliRun.of("run", session.toString(), "--steps", STEPS, "--seed", Integer.toString(seed),
                            "--out", alone.toString());
                    assertEquals(0, r.code(), r.err());
                    JsonNode summary = SessionFiles.JSON.readTree(alone.resolve("summary.json").toFile());
                    List<String> loss = Files.readAllLines(alone.resolve("loss.csv"));
                    String finalLoss = loss.get(loss.size() - 1).split(",")[header(loss.get(0), "loss_nn")];
                    for (JsonNode peak : summary.get("peaks")) {
                        String[] cells = table.get(row++);
                        String where = sigma + "/" + width + "/" + seed;
                        assertEquals(List.of(sigma, width, Integer.toString(seed)), List.of(cells[0], cells[1], cells[2]));
                        assertEquals(peak.get("frequency").asDouble(), Double.parseDouble(cells[3]), 0.0);
                        // Equal to the bit: both are the same doubles at round-trip precision.
                        assertEquals(peak.get("learningTimeNetwork").get("time").asDouble(), Double.parseDouble(cells[4]), 0.0, where);
                        assertEquals(!peak.get("learningTimeNetwork").get("lowerBound").asBoolean(), Boolean.parseBoolean(cells[5]));
                        assertEquals(peak.get("learningTimePde").get("time").asDouble(), Double.parseDouble(cells[6]), 0.0, where);
                        assertEquals(peak.get("pureDampingTime").asDouble(), Double.parseDouble(cells[8]), 0.0);
                        assertEquals(summary.get("agreement").get("max").asDouble(), Double.parseDouble(cells[9]), 0.0, where);
                        assertEquals(Double.parseDouble(finalLoss), Double.parseDouble(cells[10]), 0.0, where);
                        assertEquals("false", cells[11]);
                    }
                    String folder = "distribution.sigma=" + sigma + "_network.width=" + width + "_seed=" + seed;
                    assertEquals(Files.readString(alone.resolve("peaks.csv")), Files.readString(sweep.resolve(folder).resolve("peaks.csv")));
                    Study study = StudyFiles.open(sweep.resolve(folder).resolve("study.zip"));
                    assertEquals(seed, study.runs().get(0).record().session().training().seed(), "the record replays this run");
                }
            }
        }
        assertEquals(table.size(), row);
        assertTrue(Files.size(sweep.resolve("small-multiples.png")) > 0);
        assertTrue(Files.readString(sweep.resolve("small-multiples.svg")).startsWith("<?xml") 
                || Files.readString(sweep.resolve("small-multiples.svg")).contains("<svg"));
    }

    private static int header(String line, String column) {
        return List.of(line.split(",")).indexOf(column);
    }

    @Test
    void restartedAfterAKillItRedoesOnlyTheUnfinishedRuns() throws IOException {
        Path resumed = dir.resolve("resumed");
        SweepFixture.copy(sweep, resumed);
        Files.delete(resumed.resolve("runs.csv"));
        // Killed half-way: seven runs never finished (no marker; one with a half-written table),
        // one run's marker is of another session (stale), the rest complete.
        List<String> folders = new ArrayList<>();
        try (var s = Files.list(resumed)) {
            s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(folders::add);
        }
        assertEquals(18, folders.size());
        List<String> unfinished = folders.subList(0, 7);
        for (String f : unfinished) {
            Files.delete(resumed.resolve(f).resolve(RunMarker.FILE));
        }
        Files.writeString(resumed.resolve(unfinished.get(0)).resolve("peaks.csv"), "step,ti");
        Path stale = resumed.resolve(folders.get(10)).resolve(RunMarker.FILE);
        RunMarker m = RunMarker.read(stale.getParent()).orElseThrow();
        new RunMarker(m.sweep(), m.index(), m.label(), "0".repeat(64), m.rows()).write(stale.getParent());
        FileTime old = FileTime.fromMillis(0);
        for (String f : folders) {
            Files.setLastModifiedTime(resumed.resolve(f).resolve("summary.json"), old);
        }

        CliRun c = CliRun.of(args(base.toString(), resumed));
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("8 run(s) of 18, 10 already complete"), c.err());
        for (int i = 0; i < folders.size(); i++) {
            boolean redone = i < 7 || i == 10;
            assertEquals(redone, !Files.getLastModifiedTime(resumed.resolve(folders.get(i)).resolve("summary.json")).equals(old),
                    folders.get(i));
        }
        assertEquals(Files.readString(sweep.resolve("runs.csv")), Files.readString(resumed.resolve("runs.csv")));
        assertEquals(Files.readString(sweep.resolve(folders.get(0)).resolve("peaks.csv")),
                Files.readString(resumed.resolve(folders.get(0)).resolve("peaks.csv")));

        CliRun again = CliRun.of(args(base.toString(), resumed));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("all 18 run(s) already complete"), again.err());
    }

    @Test
    void threeShardsCollectedGiveTheSameRunsCsv() throws IOException {
        List<String> collectArgs = new ArrayList<>(List.of("collect"));
        for (int k = 0; k < 3; k++) {
            Path shard = dir.resolve("shard" + k);
            CliRun c = CliRun.of(args(base.toString(), shard, "--shard", k + "/3"));
            assertEquals(0, c.code(), c.err());
            assertTrue(c.err().contains("6 run(s) of 18 (shard " + k + "/3)"), c.err());
            assertFalse(Files.exists(shard.resolve("runs.csv")), "a shard leaves runs.csv to collect");
            collectArgs.add(shard.toString());
        }
        Path merged = dir.resolve("merged");
        List<String> missingOne = new ArrayList<>(collectArgs.subList(0, 3));
        missingOne.addAll(List.of("--out", merged.toString()));
        CliRun partial = CliRun.of(missingOne.toArray(String[]::new));
        assertEquals(2, partial.code(), partial.err());
        assertTrue(partial.errorLine().contains("6 of 18 runs are complete in none of"), partial.err());

        collectArgs.addAll(List.of("--out", merged.toString()));
        CliRun c = CliRun.of(collectArgs.toArray(String[]::new));
        assertEquals(0, c.code(), c.err());
        assertEquals(Files.readString(sweep.resolve("runs.csv")), Files.readString(merged.resolve("runs.csv")), "byte-identical");
        assertEquals(Files.readString(sweep.resolve("sweep.json")), Files.readString(merged.resolve("sweep.json")));
        assertTrue(Files.size(merged.resolve("small-multiples.svg")) > 0);

        // A folder of another sweep (other seeds) is refused, and nothing is written.
        Path other = dir.resolve("other");
        CliRun o = CliRun.of("sweep", base.toString(), "--vary", "distribution.sigma=2", "--steps", "20", "--out", other.toString());
        assertEquals(0, o.code(), o.err());
        CliRun mixed = CliRun.of("collect", dir.resolve("shard0").toString(), other.toString(), "--out", dir.resolve("mixed").toString());
        assertEquals(2, mixed.code(), mixed.err());
        assertTrue(mixed.errorLine().contains("holds another sweep"), mixed.err());
        assertFalse(Files.exists(dir.resolve("mixed").resolve("runs.csv")));
    }

    @Test
    void aDivergedRunIsAFinishedRunWhoseRowsSaySo() throws IOException {
        Path out = dir.resolve("rates");
        CliRun c = CliRun.of("sweep", base.toString(), "--vary", "training.learningRate=0.01,1000000", "--steps", "60",
                "--out", out.toString());
        assertEquals(0, c.code(), c.err());
        List<String[]> table = rows(out.resolve("runs.csv"));
        assertEquals(6, table.size(), "three peaks per run");
        for (String[] cells : table) {
            assertEquals(cells[0].equals("1000000") ? "true" : "false", cells[cells.length - 1], String.join(",", cells));
        }
        CliRun again = CliRun.of("sweep", base.toString(), "--vary", "training.learningRate=0.01,1000000", "--steps", "60",
                "--out", out.toString());
        assertTrue(again.err().contains("all 2 run(s) already complete"), "a diverged run is not redone: " + again.err());
    }

    @Test
    void badKeysAndValuesAreRefusedBeforeAnyRun() {
        Path out = dir.resolve("bad");
        String[][] cases = {
            {"--vary", "network.width=64.5", "network.width"},
            {"--vary", "distribution.type=1", "not a number"},
            {"--vary", "network.depth=2", "no such key"},
            {"--vary", "distribution.sigma=2,abc", "not a finite number"},
            {"--vary", "distribution.sigma=-1", "distribution.sigma"},
        };
        for (String[] k : cases) {
            CliRun c = CliRun.of("sweep", "gaussian-bias", k[0], k[1], "--out", out.toString());
            assertEquals(2, c.code(), c.err());
            assertTrue(c.errorLine().contains(k[2]), c.err());
        }
        CliRun shard = CliRun.of("sweep", "gaussian-bias", "--vary", "network.width=64", "--shard", "3/3", "--out", out.toString());
        assertEquals(2, shard.code());
        assertTrue(shard.errorLine().contains("--shard 3/3"), shard.err());
        assertFalse(Files.exists(out.resolve("sweep.json")), "nothing written for a refused sweep");
    }

    @Test
    void collectRefusesAnEditedManifestAMarkerOfAnotherRunAndAMissingFolder() throws IOException {
        Path edited = dir.resolve("edited");
        SweepFixture.copy(sweep, edited);
        Path manifest = edited.resolve("sweep.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"steps\" : " + STEPS, "\"steps\" : 61"));
        CliRun c = CliRun.of("collect", edited.toString(), "--out", dir.resolve("c1").toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.errorLine().contains("changed after it was written"), c.err());

        Path swapped = dir.resolve("swapped");
        SweepFixture.copy(sweep, swapped);
        Path folder = swapped.resolve("distribution.sigma=4_network.width=32_seed=1");
        RunMarker m = RunMarker.read(folder).orElseThrow();
        new RunMarker(m.sweep(), m.index(), m.label(), m.session(),
                m.rows().stream().map(r -> r.replaceFirst("^4,32,1,", "4,32,2,")).toList()).write(folder);
        c = CliRun.of("collect", swapped.toString(), "--out", dir.resolve("c2").toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.errorLine().contains("holds rows of another run than distribution.sigma=4 network.width=32 seed=1"), c.err());

        c = CliRun.of("collect", dir.resolve("no-such-folder").toString(), "--out", dir.resolve("c3").toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.errorLine().contains("holds no sweep.json"), c.err());
    }
}
