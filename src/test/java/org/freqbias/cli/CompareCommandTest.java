package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare end to end: several sessions at once give the learning times of separate runs, failures
 * are reported by name while the others finish, and study reads back what compare saved.
 */
class CompareCommandTest {

    @TempDir
    Path dir;

    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    @Test
    void threeSessionsAtOnceGiveTheLearningTimesOfThreeSeparateRuns() throws IOException {
        String[] samples = {"gaussian-bias", "uniform-no-bias", "reversed-bias"};
        Path compared = dir.resolve("compared");
        // Three jobs on two cores: each trainer gets one thread, where a lone run uses two.
        CliRun c = CliRun.of("compare", samples[0], samples[1], samples[2], "--steps", "300", "--jobs", "3",
                "--out", compared.toString());
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("3 at a time"), c.err());
        List<String[]> table = rows(compared.resolve("comparison.csv"));
        int row = 0;
        for (String sample : samples) {
            Path alone = dir.resolve("alone-" + sample);
            CliRun r = CliRun.of("run", sample, "--steps", "300", "--out", alone.toString());
            assertEquals(0, r.code(), r.err());
            JsonNode summary = SessionFiles.JSON.readTree(alone.resolve("summary.json").toFile());
            for (JsonNode peak : summary.get("peaks")) {
                String[] cells = table.get(row++);
                assertEquals(sample, cells[0]);
                assertEquals(peak.get("frequency").asText(), cells[1]);
                // Equal to the bit: the CSV writes the same doubles at round-trip precision.
                assertEquals(peak.get("learningTimeNetwork").get("time").asDouble(), Double.parseDouble(cells[2]), 0.0, sample);
                assertEquals(!peak.get("learningTimeNetwork").get("lowerBound").asBoolean(), Boolean.parseBoolean(cells[3]));
                assertEquals(peak.get("learningTimePde").get("time").asDouble(), Double.parseDouble(cells[4]), 0.0, sample);
                assertEquals(peak.get("pureDampingTime").asDouble(), Double.parseDouble(cells[6]), 0.0);
                assertEquals(summary.get("agreement").get("max").asDouble(), Double.parseDouble(cells[7]), 0.0);
                assertEquals(summary.get("bias").get("network").get("value").asDouble(), Double.parseDouble(cells[8]), 0.0);
            }
            // The run's usual files, in its folder, equal to the separate run's.
            assertEquals(Files.readString(alone.resolve("peaks.csv")), Files.readString(compared.resolve(sample).resolve("peaks.csv")));
        }
        assertEquals(table.size(), row);

        Path reread = dir.resolve("reread");
        CliRun s = CliRun.of("study", compared.resolve("study.zip").toString(), "--out", reread.toString());
        assertEquals(0, s.code(), s.err());
        assertEquals(Files.readString(compared.resolve("comparison.csv")), Files.readString(reread.resolve("comparison.csv")),
                "the study replays the same figures without training");
    }

    /** Each run's subfolder is a run folder as run's --out is: replaced whole, nothing left beside it. */
    @Test
    void aSecondCompareReplacesEachRunFolderWhole() throws IOException {
        Path out = dir.resolve("out");
        Path run = Files.createDirectories(out.resolve("gaussian-bias"));
        Files.writeString(run.resolve("summary.json"), "{}");
        Files.writeString(run.resolve("gaussian-bias-old-chart.png"), "an earlier run's chart");
        CliRun c = CliRun.of("compare", "gaussian-bias", "--steps", "20", "--out", out.toString());
        assertEquals(0, c.code(), c.err());
        try (var files = Files.list(run)) {
            assertEquals(List.of("loss.csv", "peaks.csv", "spectra.csv", "summary.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "the earlier run's PNG went with it");
        }
        try (var beside = Files.list(out)) {
            assertEquals(List.of("comparison.csv", "gaussian-bias", "study.zip"),
                    beside.map(f -> f.getFileName().toString()).sorted().toList(), "no staging folder left");
        }

        Path notes = Files.createDirectories(out.resolve("uniform-no-bias"));
        Files.writeString(notes.resolve("notes.txt"), "mine");
        CliRun refused = CliRun.of("compare", "uniform-no-bias", "--steps", "20", "--out", out.toString());
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("uniform-no-bias") && refused.err().contains("notes.txt"), refused.err());
        assertEquals("mine", Files.readString(notes.resolve("notes.txt")));
    }

    @Test
    void aFailingSessionIsNamedAndTheOthersFinish() throws IOException {
        Path bad = dir.resolve("diverges.json");
        String json = Files.readString(Path.of("sample-sessions/gaussian-bias.json"))
                .replace("\"name\": \"gaussian-bias\"", "\"name\": \"diverges\"")
                .replace("\"learningRate\": 0.01", "\"learningRate\": 1000000");
        Files.writeString(bad, json);
        Path out = dir.resolve("out");
        CliRun c = CliRun.of("compare", "gaussian-bias", "missing.json", bad.toString(), "gaussian-bias",
                "--steps", "60", "--out", out.toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains("error: missing.json: no such session file"), c.err());
        assertTrue(c.err().contains("error: diverges: stopped:"), c.err());
        assertTrue(Files.exists(out.resolve("diverges").resolve("summary.json")), "a diverged run keeps its files");
        List<String[]> table = rows(out.resolve("comparison.csv"));
        assertEquals(List.of("gaussian-bias", "gaussian-bias-2"), table.stream().map(r -> r[0]).distinct().toList(),
                "two runs of one name get distinct folders and rows");
        assertTrue(Files.isDirectory(out.resolve("gaussian-bias-2")));
    }

    @Test
    void aTruncatedStudyIsRefusedWithExitTwo() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("compare", "gaussian-bias", "--steps", "40", "--out", out.toString()).code());
        byte[] bytes = Files.readAllBytes(out.resolve("study.zip"));
        Path cut = dir.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliRun s = CliRun.of("study", cut.toString(), "--out", dir.resolve("never").toString());
        assertEquals(2, s.code(), s.err());
        assertTrue(s.errorLine().contains("not a complete study"), s.err());
        assertTrue(Files.notExists(dir.resolve("never")), "nothing is written for a refused study");
    }

    /**
     * --png writes the runs overlaid on the learning-time, F-principle and spectrum charts, drawn
     * from the records of the study (the same the app opens), each run under its name.
     */
    @Test
    void pngOverlaysTheRunsOnTheAppsCharts() throws Exception {
        Path out = dir.resolve("png");
        CliRun c = CliRun.of("compare", "gaussian-bias", "uniform-no-bias", "--steps", "40", "--png", "--out", out.toString());
        assertEquals(0, c.code(), c.err());
        for (String chart : List.of("learning-time", "fprinciple", "spectrum")) {
            Path png = out.resolve("comparison-" + chart + ".png");
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertEquals(2 * org.freqbias.app.chart.ChartFrame.EXPORT_WIDTH, image.getWidth(), 0.0, chart);
        }
        List<org.freqbias.core.run.Study.Run> runs = new ArrayList<>(
                org.freqbias.core.run.StudyFiles.open(out.resolve("study.zip")).runs());
        java.util.Collections.reverse(runs);
        org.freqbias.app.chart.ChartView view = ComparisonCharts.view(runs);
        assertEquals(List.of("gaussian-bias", "uniform-no-bias"),
                view.runs().stream().map(org.freqbias.app.chart.RunView::label).toList());
        assertEquals(40 * 0.01, view.totalTime(), 1e-12, "shown at the end of the runs");
    }
}
