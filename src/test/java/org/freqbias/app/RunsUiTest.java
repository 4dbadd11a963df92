package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.freqbias.app.chart.ChartView;
import org.freqbias.app.chart.FPrincipleChart;
import org.freqbias.app.chart.LearningTimeChart;
import org.freqbias.app.chart.LegendItem;
import org.freqbias.app.chart.RunView;
import org.freqbias.app.chart.SpectrumChart;
import org.freqbias.app.chart.XyChartFrame;
import org.freqbias.app.model.CompareMode;
import org.freqbias.app.model.RunRow;
import org.freqbias.app.model.RunsModel;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.experiment.TrainingRun;
import org.freqbias.core.run.KeptSnapshot;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.run.RunRecord;
import org.freqbias.core.session.NetworkSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.session.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The run list and the overlay comparison, headless: gaussian-bias and uniform-no-bias, narrowed to
 * 512 neurons and 600 steps (t = 6, a snapshot every 0.2) so that a test trains each in seconds.
 */
class RunsUiTest extends UiHarness {

    @Start
    void start(Stage stage) throws IOException {
        show(stage, quick("gaussian-bias"));
    }

    /** Sample {@code name} with 512 neurons trained for 600 steps (t = 6), a snapshot every 20. */
    static Session quick(String name) throws IOException {
        Session s = SessionFiles.loadSample(name);
        NetworkSpec n = s.network();
        TrainingSpec t = s.training();
        return s.withNetwork(new NetworkSpec(512, n.sigmaA(), n.zeroInitialOutput(), n.sampling(), n.hiddenLayers(), n.activation()))
                .withTraining(new TrainingSpec(t.learningRate(), 600, t.seed(), 20, t.optimizer()));
    }

    /** Trains the live run to its end, its PDE solved. */
    private void trainToEnd(FxRobot robot) throws Exception {
        robot.clickOn("#playButton");
        waitUntil(() -> model.stepProperty().get() == 600 && !model.runningProperty().get()
                && model.chartDataProperty().get() != null && model.chartDataProperty().get().hasPde());
    }

    /**
     * The test: pin gaussian-bias, switch to uniform-no-bias, train. The learning-time and
     * F-principle charts hold both runs (legend entries named by what differs); scrubbed to t = 5,
     * the spectrum chart shows each run's snapshot nearest t = 5: the recorded one's as its record
     * kept it and as a second headless run computes it, the live one's as a second headless run does.
     */
    @Test
    void aPinnedRunIsOverlaidOnTheNextAndScrubbedWithIt(FxRobot robot) throws Exception {
        trainToEnd(robot);
        run(() -> model.runs().pin(RunRow.LIVE, true));
        Session uniform = quick("uniform-no-bias");
        run(() -> model.apply(uniform));
        // The gaussian run is recorded, pinned and compared; the live row comes first.
        List<RunRow> rows = fx(() -> List.copyOf(model.runs().rows()));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).live() && rows.get(0).ticked());
        RunRow gaussianRow = rows.get(1);
        assertEquals("gaussian-bias", gaussianRow.name(), "the first run is named after its session");
        assertTrue(gaussianRow.pinned() && gaussianRow.ticked());
        RunRecord gaussian = fx(() -> model.runs().record(gaussianRow.id()).orElseThrow());
        assertEquals(600, gaussian.stepsDone());
        assertTrue(gaussian.hasPde(), "the record keeps the PDE solved for it");

        trainToEnd(robot);
        waitUntil(() -> model.runs().viewProperty().get().runs().size() == 2);
        ChartView view = fx(() -> model.runs().viewProperty().get());
        List<String> labels = view.runs().stream().map(RunView::label).toList();
        assertEquals("gaussian-bias", labels.get(1));
        assertTrue(labels.get(0).contains("uniform"), "the live run is named by what differs: " + labels.get(0));
        for (Class<? extends XyChartFrame> type : List.of(LearningTimeChart.class, FPrincipleChart.class)) {
            XyChartFrame c = chart(type);
            List<String> legend = fx(() -> c.legendItems().stream().map(LegendItem::text).toList());
            assertTrue(legend.containsAll(labels), type.getSimpleName() + " legend " + legend + " names " + labels);
        }
        // Learning times: the recorded run's dots at its peaks are the record's tracked times; a peak
        // not learned yet is a ring at the chart's top edge.
        XyChartFrame times = chart(LearningTimeChart.class);
        double[] xi = view.runs().get(1).data().magnitudes();
        for (int peak : gaussian.peakIndices()) {
            LearningTime learned = gaussian.networkLearningTimes().at(peak);
            double t = learned.lowerBound() ? LearningTimeChart.TOP * view.totalTime() : learned.time();
            assertTrue(fx(() -> drawsPoint(times, xi[peak], Math.log10(t), 1e-12)),
                    "learning time " + t + " of the gaussian run at xi = " + xi[peak]);
        }

        // Scrub to t = 5: the snapshot at step 500 of both runs (kept every 0.2).
        int index = fx(() -> position().count()) * 5 / 6;
        run(() -> model.runs().scrubTo(index));
        waitUntil(() -> Math.abs(position().time() - 5) < 1e-9);
        XyChartFrame spectrum = chart(SpectrumChart.class);
        KeptSnapshot kept = gaussian.nearest(5);
        assertEquals(500, kept.step());
        double[] keptAbs = kept.networkAbs();
        double[] gaussianTruth = spectrumAt(gaussian.session(), 500);
        double[] uniformTruth = spectrumAt(uniform, 500);
        double top = fx(() -> model.runs().viewProperty().get().maxFrequency());
        for (int k = 1; k < xi.length && xi[k] <= top; k++) {
            // Kept as floats: relative 6e-8, 3e-8 in log10; measured up to 2.6e-8.
            assertEquals(Math.log10(gaussianTruth[k]), Math.log10(keptAbs[k]), 1e-7, "record at k = " + k);
        }
        assertTrue(fx(() -> drawsCurve(spectrum, xi, keptAbs, 1e-12)), "the gaussian run's spectrum at t = 5");
        assertTrue(fx(() -> drawsCurve(spectrum, xi, uniformTruth, 1e-9)), "the uniform run's spectrum at t = 5");

        // Copy as CSV, two runs overlaid: every column is named after its run's label, and the
        // gaussian run's network column holds the record's |r^| at t = 5 (the cell is 10^(log10 |r^|)
        // in doubles: a few ulps, about 1e-15 relative; 1e-13 allows that round trip, and the
        // other run's values differ by orders of magnitude).
        List<String[]> copied = fx(() -> {
            spectrum.exportMenu().getItems().stream().filter(i -> "Copy as CSV".equals(i.getText())).findFirst().orElseThrow().fire();
            return Clipboard.getSystemClipboard().getString().lines().map(AppUiTest::csvCells).toList();
        });
        String[] header = copied.get(0);
        assertTrue(Arrays.stream(header).allMatch(h -> h.startsWith(labels.get(0) + ": ") || h.startsWith(labels.get(1) + ": ")),
                "every column named after its run: " + Arrays.toString(header));
        int matched = 0;
        for (int col = 0; col < header.length; col += 2) {
            if (!header[col].startsWith("gaussian-bias: network")) {
                continue;
            }
            for (String[] row : copied.subList(1, copied.size())) {
                if (row[col].isEmpty()) {
                    break;
                }
                int k = indexOn(xi, Double.parseDouble(row[col]));
                assertEquals(keptAbs[k], Double.parseDouble(row[col + 1]), 1e-13 * keptAbs[k], "gaussian-bias network at k = " + k);
                matched++;
            }
        }
        assertTrue(matched > 10, "the gaussian run's network column is there: " + Arrays.toString(header));

        // Side by side: each run alone on its board, both at the one time shown.
        run(() -> model.runs().setMode(CompareMode.SIDE_BY_SIDE));
        waitUntil(() -> model.runs().secondViewProperty().get() != null);
        ChartView left = fx(() -> model.runs().viewProperty().get());
        ChartView right = fx(() -> model.runs().secondViewProperty().get());
        assertEquals(List.of(labels.get(0)), left.runs().stream().map(RunView::label).toList());
        assertEquals(List.of(labels.get(1)), right.runs().stream().map(RunView::label).toList());
        assertEquals(5, left.lead().data().time(), 1e-9);
        assertEquals(5, right.lead().data().time(), 1e-9);
        XyChartFrame secondSpectrum = controller.secondCharts().charts().stream().filter(SpectrumChart.class::isInstance)
                .map(XyChartFrame.class::cast).findFirst().orElseThrow();
        assertTrue(fx(() -> secondSpectrum.isVisible() && drawsCurve(secondSpectrum, xi, keptAbs, 1e-12)),
                "the second board shows the gaussian run at t = 5");
        assertTrue(fx(() -> drawsCurve(spectrum, xi, uniformTruth, 1e-9)) && !fx(() -> drawsCurve(spectrum, xi, keptAbs, 1e-12)),
                "the first board the uniform run alone");

        // Overlaid again, the gaussian run unticked: none of its curves nor its legend entry is left behind.
        run(() -> {
            model.runs().setMode(CompareMode.OVERLAY);
            model.runs().tick(gaussianRow.id(), false);
        });
        waitUntil(() -> model.runs().secondViewProperty().get() == null && model.runs().viewProperty().get().runs().size() == 1);
        assertTrue(!fx(() -> drawsCurve(spectrum, xi, keptAbs, 1e-12)), "no gaussian curve left");
        for (Class<? extends XyChartFrame> type : List.of(LearningTimeChart.class, FPrincipleChart.class, SpectrumChart.class)) {
            XyChartFrame c = chart(type);
            assertTrue(fx(() -> c.legendItems().stream().noneMatch(i -> i.text().equals("gaussian-bias"))), type.getSimpleName());
        }
        assertTrue(fx(() -> controller.secondCharts().charts().get(0).getScene() == null), "the second board left the window");
    }

    /**
     * Two recorded runs compared, saved as a study, deleted, and opened again: the learning-time,
     * F-principle and spectrum charts draw the same points as before (exactly: the study keeps
     * what the records keep). A truncated copy of the study is refused with a message and leaves
     * the run list as it was.
     */
    @Test
    void aSavedStudyReopensToTheSameFiguresAndATruncatedOneChangesNothing(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Session uniform = quick("uniform-no-bias");
        Session gaussian = quick("gaussian-bias");
        trainToEnd(robot);
        run(() -> model.apply(uniform));
        trainToEnd(robot);
        run(() -> model.apply(gaussian));
        List<Long> ids = fx(() -> model.runs().rows().stream().filter(r -> !r.live()).map(RunRow::id).toList());
        assertEquals(2, ids.size());
        run(() -> {
            model.runs().tick(RunRow.LIVE, false);
            ids.forEach(id -> model.runs().tick(id, true));
        });
        waitUntil(() -> model.runs().viewProperty().get().runs().size() == 2);
        List<String> names = fx(() -> model.runs().rows().stream().filter(r -> !r.live()).map(RunRow::name).toList());
        List<List<Double>> before = fx(this::figures);

        Path file = dir.resolve("two runs.zip");
        run(() -> model.saveStudy(file));
        waitUntil(() -> model.messageProperty().get().startsWith("Saved 2 runs"));
        run(() -> ids.forEach(id -> model.runs().delete(id)));
        waitUntil(() -> model.runs().viewProperty().get().runs().size() == 1);

        byte[] whole = Files.readAllBytes(file);
        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        run(() -> model.runs().openStudy(truncated));
        waitUntil(() -> model.messageIsErrorProperty().get());
        assertTrue(fx(() -> model.messageProperty().get()).contains("truncated.zip could not be opened as a study"),
                fx(() -> model.messageProperty().get()));
        assertEquals(1, fx(() -> model.runs().rows().size()), "nothing of the damaged study was loaded");

        run(() -> model.runs().openStudy(file));
        waitUntil(() -> model.messageProperty().get().startsWith("Opened two runs.zip"));
        waitUntil(() -> model.runs().viewProperty().get().runs().size() == 2);
        assertEquals(names, fx(() -> model.runs().rows().stream().filter(r -> !r.live()).map(RunRow::name).toList()));
        assertEquals(before, fx(this::figures), "the same figures after the study's round trip");
    }

    /** Every non-empty series of the learning-time, F-principle and spectrum charts, as y values, sorted. */
    private List<List<Double>> figures() {
        List<List<Double>> out = new ArrayList<>();
        for (Class<? extends XyChartFrame> type : List.of(LearningTimeChart.class, FPrincipleChart.class, SpectrumChart.class)) {
            for (XYChart.Series<Number, Number> s : chart(type).drawnSeries()) {
                if (!s.getData().isEmpty()) {
                    out.add(s.getData().stream().map(d -> d.getYValue().doubleValue()).toList());
                }
            }
        }
        out.sort(Comparator.comparing(List::toString));
        return out;
    }

    /**
     * The memory budget is typed in the run list's spinner: a number is the new budget (the summary
     * says it), text that is no number keeps the last good value, a value past the bounds is clamped.
     */
    @Test
    void theMemoryBudgetIsTypedAndKeptWithinItsBounds(FxRobot robot) throws Exception {
        Spinner<Integer> budget = controller.runList().budget();
        assertEquals(256, fx(budget::getValue));
        typeBudget(robot, budget, "100");
        waitFor(() -> model.runs().budgetMb() == 100 && model.runs().summaryProperty().get().endsWith("of 100 MB"));
        typeBudget(robot, budget, "lots");
        waitFor(() -> budget.getEditor().getText().equals("100"));
        assertEquals(100, fx(() -> model.runs().budgetMb()), "not a number: the last good budget stays");
        typeBudget(robot, budget, "5");
        waitFor(() -> model.runs().budgetMb() == RunsModel.MIN_BUDGET_MB);
        typeBudget(robot, budget, "999999999");
        waitFor(() -> model.runs().budgetMb() == RunsModel.maxBudgetMb());
        assertTrue(RunsModel.maxBudgetMb() * 2 <= (Runtime.getRuntime().maxMemory() >> 20) + 1, "at most half the heap");
    }

    private static void typeBudget(FxRobot robot, Spinner<Integer> budget, String text) throws Exception {
        run(() -> {
            budget.requestFocus();
            budget.getEditor().selectAll();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(text).type(KeyCode.ENTER);
    }

    /** The run list answers its keys: Space ticks the selected run, Ctrl+P pins it, Delete deletes it. */
    @Test
    void theRunListAnswersItsKeys(FxRobot robot) throws Exception {
        run(() -> model.step()); // one snapshot interval: a run worth recording
        waitUntil(() -> model.stepProperty().get() == 20);
        run(() -> model.apply(model.getSession().withDistribution(new Gaussian(8))));
        ListView<RunRow> list = controller.runList().list();
        waitUntil(() -> list.getItems().size() == 2);
        run(() -> {
            list.requestFocus();
            list.getSelectionModel().select(1);
        });
        waitUntil(list::isFocused);
        long id = fx(() -> list.getItems().get(1).id());
        assertEquals(id, fx(() -> model.runs().viewedProperty().get()), "selecting a run shows it");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> list.getItems().get(1).ticked());
        assertTrue(!fx(() -> model.runningProperty().get()), "Space in the list ticks, it does not play");
        robot.push(KeyCode.CONTROL, KeyCode.P);
        waitUntil(() -> list.getItems().get(1).pinned());
        robot.type(KeyCode.DELETE);
        waitUntil(() -> list.getItems().size() == 1);
        assertEquals("Deleted the run gaussian-bias", fx(() -> model.messageProperty().get()));
    }

    /** The network's |r^| of a headless run of {@code s} at {@code step}. */
    private static double[] spectrumAt(Session s, int step) {
        try (TrainingRun second = new TrainingRun(Setup.of(s))) {
            Snapshot truth;
            do {
                truth = second.advance();
            } while (truth.step() < step);
            return truth.spectrum().abs();
        }
    }

    /**
     * True when a series of {@code c} is log10 {@code abs} at the frequencies {@code xi}: it spans the
     * frequencies of the chart's longest series and each point drawn (curves are thinned to the plot's
     * pixel columns) is on the curve at its own frequency.
     */
    private static boolean drawsCurve(XyChartFrame c, double[] xi, double[] abs, double tolerance) {
        List<XYChart.Data<Number, Number>> longest = c.drawnSeries().stream().map(XYChart.Series::getData)
                .max(Comparator.comparingInt(List::size)).orElseThrow();
        return c.drawnSeries().stream().anyMatch(s -> !s.getData().isEmpty()
                && x(s.getData().get(0)) == x(longest.get(0))
                && x(s.getData().get(s.getData().size() - 1)) == x(longest.get(longest.size() - 1))
                && matches(s, xi, abs, tolerance));
    }

    private static boolean matches(XYChart.Series<Number, Number> s, double[] xi, double[] abs, double tolerance) {
        for (XYChart.Data<Number, Number> d : s.getData()) {
            int k = Arrays.binarySearch(xi, x(d));
            if (k < 0 || Math.abs(d.getYValue().doubleValue() - Math.log10(abs[k])) > tolerance) {
                return false;
            }
        }
        return true;
    }

    private static double x(XYChart.Data<Number, Number> d) {
        return d.getXValue().doubleValue();
    }

    /** True when a series of {@code c} has the point (x, y). */
    private static boolean drawsPoint(XyChartFrame c, double x, double y, double tolerance) {
        return c.drawnSeries().stream().flatMap(s -> s.getData().stream()).anyMatch(d ->
                Math.abs(d.getXValue().doubleValue() - x) < 1e-12 && Math.abs(d.getYValue().doubleValue() - y) < tolerance);
    }

    /** A lesson's "pin" pins the live run in the run list: the lesson player's RunPinning is the run list's pin. */
    @Test
    void aLessonsPinPinsTheLiveRun(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pin.json");
        Files.writeString(file, """
                { "title": "Pin", "steps": [
                  { "session": {"sample": "uniform-no-bias"}, "caption": "Kept for the runs that follow.", "actions": ["pin"] } ] }""");
        assertTrue(fx(() -> !model.runs().rows().get(0).pinned()), "not pinned before the lesson");
        fx(() -> {
            controller.openLesson(file.toString());
            return null;
        });
        waitUntil(() -> !controller.lessonPlayer().busyProperty().get() && model.runs().rows().get(0).pinned());
        RunRow live = fx(() -> model.runs().rows().get(0));
        assertTrue(live.live() && live.pinned() && live.ticked(), "the live run pinned and compared: " + live);
    }
}
