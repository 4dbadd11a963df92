package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.run.Study;
import org.freqbias.core.run.StudyFiles;
import org.freqbias.core.sweep.RunMarker;
import org.freqbias.core.sweep.SmallMultiples;
import org.freqbias.core.sweep.SweepException;
import org.freqbias.core.sweep.SweepRow;
import org.freqbias.core.sweep.SweepRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a sweep folder ({@link SweepRuns}, what the app opens and {@code collect} merges) from a
 * real sweep made once by the command line at a small size: sigma 2, 4 x width 32 x seeds 0-1 of
 * gaussian-bias on 256 samples, 60 steps (4 runs).
 */
class SweepRunsTest {

    private static final String[] GRID = {"--vary", "distribution.sigma=2,4", "--vary", "network.width=32", "--seeds", "0-1",
        "--steps", "60", "--jobs", "2"};

    @TempDir
    static Path dir;
    private static Path sweep;

    @BeforeAll
    static void sweepOnce() throws IOException {
        sweep = SweepFixture.sweep(SweepFixture.smallBase(dir), dir.resolve("sweep"), GRID);
    }

    private static List<String> runsCsvRows(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(SweepRow.FILE));
        return lines.subList(1, lines.size());
    }

    @Test
    void theRowsAreRunsCsvsAndEachRunsStudyGivesTheSameRows() throws IOException {
        SweepRuns runs = SweepRuns.read(sweep);
        assertEquals(4, runs.runs().size());
        assertEquals(4, runs.complete());
        assertEquals(runsCsvRows(sweep), runs.rows().stream().map(SweepRow::line).toList());
        // Grid order, enumerated independently: sigma outermost, the seed innermost.
        int i = 0;
        for (String sigma : List.of("2", "4")) {
            for (long seed = 0; seed <= 1; seed++) {
                SweepRuns.Run r = runs.runs().get(i++);
                assertEquals(List.of(sigma, "32"), r.point().labels());
                assertEquals(seed, r.point().seed());
                // The run's record, as the app loads it for replay, gives the rows again (a second computation from the study).
                Study study = StudyFiles.open(r.done().orElseThrow().study());
                assertEquals(1, study.runs().size());
                assertEquals(r.label(), study.runs().get(0).name());
                assertEquals(r.done().orElseThrow().lines(),
                        SweepRow.of(r.point(), study.runs().get(0).record()).stream().map(SweepRow::line).toList());
            }
        }
    }

    @Test
    void aRunWithoutItsMarkerIsIncompleteNotAnErrorAndTheFigurePoolsTheOthers() throws IOException {
        Path partial = dir.resolve("partial");
        SweepFixture.copy(sweep, partial);
        SweepRuns whole = SweepRuns.read(sweep);
        SweepRuns.Run removed = whole.runs().get(3); // sigma 4, seed 1
        Files.delete(partial.resolve(removed.folder()).resolve(RunMarker.FILE));

        SweepRuns runs = SweepRuns.read(partial);
        assertEquals(3, runs.complete());
        assertFalse(runs.runs().get(3).complete());
        assertTrue(runs.runs().subList(0, 3).stream().allMatch(SweepRuns.Run::complete));
        List<String> expected = new ArrayList<>(runsCsvRows(sweep));
        expected.removeAll(removed.done().orElseThrow().lines());
        assertEquals(expected, runs.rows().stream().map(SweepRow::line).toList());

        // The figure: sigma 2 pools both seeds, sigma 4 only seed 0, whose times it shows as they are.
        SmallMultiples figure = runs.figure();
        assertEquals(2, figure.panels().get(0).runs());
        assertEquals(1, figure.panels().get(1).runs());
        List<SweepRow> seed0 = runs.runs().get(2).done().orElseThrow().rows();
        SmallMultiples.Panel sigma4 = figure.panels().get(1);
        for (int k = 0; k < seed0.size(); k++) {
            assertEquals(seed0.get(k).networkTime(), sigma4.networkMean()[k], 0.0);
            assertEquals(seed0.get(k).peakMagnitude(), sigma4.xi()[k], 0.0);
        }
        // sigma 2: the mean of the two seeds' times, computed here from runs.csv's cells.
        SmallMultiples.Panel sigma2 = figure.panels().get(0);
        List<String[]> cells = runsCsvRows(sweep).stream().map(l -> l.split(",", -1)).filter(c -> c[0].equals("2")).toList();
        int peaks = sigma2.xi().length;
        for (int k = 0; k < peaks; k++) {
            double a = Double.parseDouble(cells.get(k)[4]);
            double b = Double.parseDouble(cells.get(peaks + k)[4]);
            assertEquals((a + b) / 2, sigma2.networkMean()[k], 1e-12 * Math.abs(a + b));
            assertEquals(Math.min(a, b), sigma2.networkMin()[k], 0.0);
        }
    }

    @Test
    void aTamperedMarkerOrManifestIsRefusedWithTheFileNamed() throws IOException {
        SweepRuns whole = SweepRuns.read(sweep);
        String folder = whole.runs().get(1).folder(); // sigma 2, seed 1

        Path swapped = dir.resolve("swapped");
        SweepFixture.copy(sweep, swapped);
        RunMarker m = RunMarker.read(swapped.resolve(folder)).orElseThrow();
        new RunMarker(m.sweep(), m.index(), m.label(), m.session(),
                m.rows().stream().map(r -> r.replaceFirst("^2,32,1,", "2,32,0,")).toList()).write(swapped.resolve(folder));
        String problem = assertThrows(SweepException.class, () -> SweepRuns.read(swapped)).getMessage();
        assertTrue(problem.contains(swapped.resolve(folder).resolve(RunMarker.FILE).toString())
                && problem.contains("holds rows of another run"), problem);

        Path garbled = dir.resolve("garbled");
        SweepFixture.copy(sweep, garbled);
        Path marker = garbled.resolve(folder).resolve(RunMarker.FILE);
        Files.writeString(marker, Files.readString(marker).substring(0, 40));
        problem = assertThrows(SweepException.class, () -> SweepRuns.read(garbled)).getMessage();
        assertTrue(problem.contains(marker.toString()) && problem.contains("cannot be read as a done marker"), problem);

        Path cut = dir.resolve("cut");
        SweepFixture.copy(sweep, cut);
        m = RunMarker.read(cut.resolve(folder)).orElseThrow();
        new RunMarker(m.sweep(), m.index(), m.label(), m.session(),
                m.rows().stream().map(r -> r.substring(0, r.lastIndexOf(','))).toList()).write(cut.resolve(folder));
        problem = assertThrows(SweepException.class, () -> SweepRuns.read(cut)).getMessage();
        assertTrue(problem.contains(cut.resolve(folder).resolve(RunMarker.FILE).toString()) && problem.contains("changed by hand"), problem);

        Path edited = dir.resolve("edited");
        SweepFixture.copy(sweep, edited);
        Path manifest = edited.resolve("sweep.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"seeds\" : [ 0, 1 ]", "\"seeds\" : [ 0, 2 ]"));
        problem = assertThrows(SweepException.class, () -> SweepRuns.read(edited)).getMessage();
        assertTrue(problem.contains(manifest.toString()) && problem.contains("changed after it was written"), problem);

        Files.writeString(manifest, "{\"format\": \"freqbias-sweep\", \"version\": 1, \"vary\": [], \"seeds\": [0]}");
        problem = assertThrows(SweepException.class, () -> SweepRuns.read(edited)).getMessage();
        assertTrue(problem.contains(manifest.toString()) && problem.contains("does not define a sweep grid"), problem);

        problem = assertThrows(SweepException.class, () -> SweepRuns.read(dir)).getMessage();
        assertTrue(problem.contains("holds no sweep.json"), problem);
    }
}
