package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.freqbias.app.model.RunRow;
import org.freqbias.app.view.SweepWindow;
import org.freqbias.cli.SweepFixture;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.run.RunRecord;
import org.freqbias.core.session.SessionCodec;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.sweep.RunMarker;
import org.freqbias.core.sweep.SweepRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;

/**
 * A sweep folder opened in the app, headless: a sweep made once by the command line (sigma 2, 4 x
 * width 32 x seeds 0-1 of gaussian-bias on 256 samples, 60 steps) with the done marker of its last
 * run (sigma 4, seed 1) removed. What the window draws and loads is checked against runs.csv, read
 * here cell by cell.
 */
class SweepUiTest extends UiHarness {

    /** runs.csv's columns: sigma, width, seed, peak, learning_time_network, ... */
    private static final int SIGMA = 0;
    private static final int SEED = 2;
    private static final int PEAK = 3;
    private static final int NETWORK_TIME = 4;
    /** The series of a small-multiples panel that holds the network's mean (after damping, PDE curve, PDE marks). */
    private static final int NETWORK_MEAN_SERIES = 3;

    @TempDir
    static Path dir;
    private static Path partial;
    private static List<String[]> complete;


    @BeforeAll
    static void sweepOnce() throws Exception {
        // TestFX starts the toolkit, as for every UI test class, before the sweep's figure export would start it its own way.
        FxToolkit.registerPrimaryStage();
        Path sweep = SweepFixture.sweep(SweepFixture.smallBase(dir), dir.resolve("sweep"), "--vary", "distribution.sigma=2,4",
                "--vary", "network.width=32", "--seeds", "0-1", "--steps", "60", "--jobs", "2");
        partial = dir.resolve("partial");
        SweepFixture.copy(sweep, partial);
        Files.delete(partial.resolve("distribution.sigma=4_network.width=32_seed=1").resolve(RunMarker.FILE));
        List<String> lines = Files.readAllLines(sweep.resolve("runs.csv"));
        complete = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (!(cells[SIGMA].equals("4") && cells[SEED].equals("1"))) {
                complete.add(cells);
            }
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        show(stage, SessionFiles.loadSample("gaussian-bias"));
    }

    @AfterEach
    void hideSweepWindow() throws Exception {
        // TestFX keeps the primary stage for the next test classes, whose robot types into the focused
        // window: the sweep window goes and the main window is asked for the keys again.
        run(() -> {
            SweepWindow w = controller.sweepWindow();
            if (w != null) {
                w.stage().hide();
            }
            stage.requestFocus();
        });
    }

    /** Mean network learning time per peak of the complete runs of {@code sigma}, from runs.csv, by ascending peak. */
    private static Map<Double, Double> meanTimes(String sigma) {
        Map<Double, List<Double>> byPeak = new LinkedHashMap<>();
        for (String[] c : complete) {
            if (c[SIGMA].equals(sigma)) {
                byPeak.computeIfAbsent(Math.abs(Double.parseDouble(c[PEAK])), k -> new ArrayList<>()).add(Double.parseDouble(c[NETWORK_TIME]));
            }
        }
        Map<Double, Double> mean = new LinkedHashMap<>();
        byPeak.forEach((xi, times) -> mean.put(xi, times.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return mean;
    }

    @Test
    void opensASweepFolderShowsItsSmallMultiplesAndLoadsACompleteRunForReplay() throws Exception {
        run(() -> controller.openSweep(partial));
        waitFor(() -> controller.sweepWindow() != null && controller.sweepWindow().stage().isShowing());
        SweepWindow w = controller.sweepWindow();
        String summary = fx(() -> w.summary().getText());
        assertTrue(summary.startsWith("3 of 4 runs complete") && summary.contains("distribution.sigma (2, 4), network.width (32)")
                && summary.contains("seeds 0, 1"), summary);

        // The figure: one panel per sigma; the network's mean over the complete runs, as drawn (log10), against runs.csv.
        List<LineChart<Number, Number>> panels = fx(() -> w.chart().panels());
        assertEquals(2, panels.size());
        List<String> sigmas = List.of("2", "4");
        for (int p = 0; p < 2; p++) {
            LineChart<Number, Number> panel = panels.get(p);
            String title = fx(panel::getTitle);
            assertTrue(title.startsWith("sigma = " + sigmas.get(p)) && title.endsWith(p == 0 ? "(2 runs)" : "(1 run)"), title);
            List<XYChart.Data<Number, Number>> dots = fx(() -> List.copyOf(panel.getData().get(NETWORK_MEAN_SERIES).getData()));
            Map<Double, Double> expected = meanTimes(sigmas.get(p));
            assertEquals(expected.size(), dots.size());
            int k = 0;
            for (Map.Entry<Double, Double> e : expected.entrySet()) {
                assertEquals(e.getKey(), dots.get(k).getXValue().doubleValue(), 0.0);
                // Mean of two doubles then log10: measured 0 difference; 1e-12 allows the summation order.
                assertEquals(Math.log10(e.getValue()), dots.get(k).getYValue().doubleValue(), 1e-12);
                k++;
            }
        }

        // The runs: grid order, the incomplete one said so and not loadable.
        TableView<SweepRuns.Run> table = fx(w::runTable);
        assertEquals(4, fx(() -> table.getItems().size()));
        assertEquals("not complete", fx(() -> table.getColumns().get(3).getCellData(3)));
        assertEquals("complete", fx(() -> table.getColumns().get(3).getCellData(1)));
        int before = fx(() -> model.runs().rows().size());
        run(() -> {
            table.getSelectionModel().select(3);
            table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        waitFor(() -> model.messageIsErrorProperty().get());
        assertTrue(fx(() -> model.messageProperty().get()).contains("distribution.sigma=4 network.width=32 seed=1 is not complete"),
                fx(() -> model.messageProperty().get()));
        assertEquals(fx(() -> model.messageProperty().get()), fx(() -> w.message().getText()), "the sweep window says it too");
        assertTrue(fx(() -> w.loadButton().isDisabled()), "Load for replay is off for an incomplete run");
        assertEquals(before, fx(() -> model.runs().rows().size()), "nothing loaded");

        // Enter on a complete run (sigma 2, seed 1) loads its study into the run list.
        run(() -> {
            table.getSelectionModel().select(1);
            table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        waitFor(() -> model.runs().rows().size() == before + 1);
        RunRow loaded = fx(() -> model.runs().rows().stream().filter(r -> !r.live()).findFirst().orElseThrow());
        assertEquals("distribution.sigma=2 network.width=32 seed=1", loaded.name());
        RunRecord record = fx(() -> model.runs().record(loaded.id()).orElseThrow());
        assertEquals(2.0, SessionCodec.toJson(record.session()).get("distribution").get("sigma").asDouble(), 0.0);
        assertEquals(1, record.session().training().seed());
        List<String[]> rows = complete.stream().filter(c -> c[SIGMA].equals("2") && c[SEED].equals("1")).toList();
        LearningTime[] times = record.networkPeakTimes();
        assertEquals(rows.size(), times.length);
        for (int k = 0; k < times.length; k++) {
            assertEquals(Double.parseDouble(rows.get(k)[NETWORK_TIME]), times[k].time(), 0.0, "peak " + rows.get(k)[PEAK]);
        }
        waitFor(() -> model.runs().viewProperty().get() != null && model.runs().viewProperty().get().runs().stream()
                .anyMatch(v -> v.label().equals(loaded.name())));

        // Copy as CSV from the figure's menu: sigma 4's first peak is seed 0's time as runs.csv has it.
        String csv = fx(() -> {
            MenuItem copy = w.figureMenu().getItems().stream().filter(i -> i.getText().equals("Copy as CSV")).findFirst().orElseThrow();
            copy.fire();
            return Clipboard.getSystemClipboard().getString();
        });
        String[] first4 = csv.lines().filter(l -> l.startsWith("\"sigma = 4")).findFirst().orElseThrow().split(",");
        String[] seed0 = complete.stream().filter(c -> c[SIGMA].equals("4")).findFirst().orElseThrow();
        // The title "sigma = 4, width = 32" holds one comma: xi and the mean follow at cells 2 and 3.
        assertEquals(Double.parseDouble(seed0[PEAK]), Double.parseDouble(first4[2]), 0.0);
        assertEquals(Double.parseDouble(seed0[NETWORK_TIME]), Double.parseDouble(first4[3]), 0.0);

        // A folder that is not a sweep: a message naming what is missing, and the window keeps the sweep it shows.
        Path empty = Files.createDirectories(dir.resolve("not-a-sweep"));
        run(() -> model.info(""));
        run(() -> controller.openSweep(empty));
        waitFor(() -> model.messageIsErrorProperty().get());
        assertTrue(fx(() -> model.messageProperty().get()).contains(empty + " holds no sweep.json"), fx(() -> model.messageProperty().get()));
        assertEquals(summary, fx(() -> w.summary().getText()));
        assertEquals(2, fx(() -> w.chart().panels().size()));
    }
}
