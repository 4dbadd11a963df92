package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.chart.FPrincipleChart;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.app.chart.LossChart;
import org.freqbias.app.chart.SpectrumChart;
import org.freqbias.app.chart.XyChartFrame;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.export.ChartFormats;
import org.freqbias.app.export.PngWriter;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.app.view.SliderField;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless (Monocle), on a small session: width 256, 256 samples, 200 steps. */
class AppUiTest extends UiHarness {

    @Start
    void start(Stage stage) throws IOException {
        show(stage, new ExperimentModel(small()), org.freqbias.cli.FreqBiasCommand::writeBundle);
    }

    /**
     * The scroll panes' viewports are not bitmap-cached: with the skin's cache, any change inside
     * repainted the whole chart board each pulse (bench/frames.sh).
     */
    @Test
    void scrollingViewportsAreNotCached(FxRobot robot) throws Exception {
        for (String pane : List.of("#chartScroll", "#leftPanel", "#rightPanel")) {
            Node viewport = fx(() -> robot.lookup(pane + " > .viewport").query());
            assertFalse(fx(viewport::isCache), pane + "'s viewport is cached");
        }
    }

    @Test
    void loadsEachSampleSession() throws Exception {
        for (String name : SessionFiles.SAMPLES) {
            fx(() -> {
                model.loadSample(name);
                return null;
            });
            waitUntil(() -> model.chartDataProperty().get() != null
                    && model.chartDataProperty().get().session().name().equals(name));
            assertFalse(fx(() -> model.messageIsErrorProperty().get()), () -> "error loading " + name + ": " + model.messageProperty().get());
            assertEquals(name, fx(() -> model.getSession().name()));
        }
    }

    @Test
    void deepSessionShowsThePdeAsTheTwoLayerReference(FxRobot robot) throws Exception {
        Label note = robot.lookup("#referenceNote").queryAs(Label.class);
        assertFalse(fx(note::isVisible), "a 2-layer session has an exact PDE: no note");
        fx(() -> {
            model.loadSample("deep-gaussian");
            return null;
        });
        waitUntil(() -> model.chartDataProperty().get() != null && model.chartDataProperty().get().hasPde()
                && model.chartDataProperty().get().session().name().equals("deep-gaussian"));
        assertTrue(fx(() -> note.isVisible() && note.getScene() != null));
        String text = fx(note::getText);
        assertTrue(text.contains("64, 64 (tanh)") && text.contains("exact only for two layers")
                && text.contains("kernel regime"), text);
        String architecture = fx(() -> robot.lookup("#architecture").queryAs(Label.class).getText());
        assertEquals("hidden layers: 64, 64 (tanh), optimizer gd", architecture);
        List<String> legend = fx(() -> robot.from(chart(SpectrumChart.class)).lookup(".legend-pde").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
        assertEquals(List.of("PDE (2-layer reference, |u(ξ,t)|)"), legend);
        assertEquals(org.freqbias.app.chart.LegendBox.pdeText("Parseval", false),
                fx(() -> robot.from(chart(LossChart.class)).lookup(".legend-pde").queryAs(Label.class).getText()));
    }

    @Test
    void chartExportMenuOpensFromTheKeyboard(FxRobot robot) throws Exception {
        waitUntil(() -> model.chartDataProperty().get() != null);
        SpectrumChart spectrum = chart(SpectrumChart.class);
        fx(() -> {
            spectrum.requestFocus();
            return null;
        });
        waitUntil(spectrum::isFocused);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> spectrum.exportMenu().isShowing());
        assertEquals(List.of("Export PNG… (1x)", "Export PNG… (2x)", "Export SVG…", "Copy as CSV", "",
                "Export all charts to a folder (PNG and SVG)…"),
                fx(() -> spectrum.exportMenu().getItems().stream().map(i -> i.getText() == null ? "" : i.getText()).toList()));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !spectrum.exportMenu().isShowing());
    }

    /**
     * "Copy as CSV" of each chart of curves, the run finished: the system clipboard holds every
     * non-empty series, named as its legend entry, its points as drawn (x and y bit for bit: the
     * cells are Java's round-trip form; on a log axis the cell is 10^y, the quantity the tick labels
     * read).
     */
    @Test
    void copyAsCsvPutsTheDataOfEachDrawnSeriesOnTheClipboard() throws Exception {
        waitUntil(() -> model.chartDataProperty().get() != null);
        fx(() -> {
            model.play();
            return null;
        });
        waitUntil(() -> model.stepProperty().get() == 200 && model.chartDataProperty().get().step() == 200);
        for (ChartFrame frame : controller.charts().charts()) {
            if (!(frame instanceof XyChartFrame chart)) {
                continue; // a heat map's data: HeatMapCsvUiTest
            }
            record Copied(String csv, List<XYChart.Series<Number, Number>> drawn, boolean log, String message) {
            }
            Copied copied = fx(() -> {
                MenuItem item = chart.exportMenu().getItems().stream().filter(i -> "Copy as CSV".equals(i.getText())).findFirst().orElseThrow();
                item.fire();
                List<XYChart.Series<Number, Number>> drawn = chart.drawnSeries().stream().filter(x -> !x.getData().isEmpty()).toList();
                boolean log = chart.lookupAll(".axis").stream().anyMatch(n -> n instanceof javafx.scene.chart.NumberAxis a
                        && a.getTickLabelFormatter() == org.freqbias.app.chart.LogScale.POWERS);
                return new Copied(Clipboard.getSystemClipboard().getString(), drawn, log, model.messageProperty().get());
            });
            assertTrue(copied.message().startsWith("Copied the data of " + chart.title()), copied.message());
            List<String[]> rows = copied.csv().lines().map(AppUiTest::csvCells).toList();
            assertEquals(2 * copied.drawn().size(), rows.get(0).length, chart.fileName() + " header " + rows.get(0)[0]);
            int longest = copied.drawn().stream().mapToInt(x -> x.getData().size()).max().orElse(0);
            assertEquals(longest + 1, rows.size(), chart.fileName() + " rows");
            for (int k = 0; k < copied.drawn().size(); k++) {
                XYChart.Series<Number, Number> series = copied.drawn().get(k);
                if (series.getName() != null) {
                    assertTrue(rows.get(0)[2 * k].startsWith(series.getName() + ": "), rows.get(0)[2 * k]);
                }
                for (int r = 0; r < longest; r++) {
                    String x = rows.get(r + 1)[2 * k];
                    String y = rows.get(r + 1)[2 * k + 1];
                    if (r >= series.getData().size()) {
                        assertEquals("", x + y, chart.fileName() + " padding");
                        continue;
                    }
                    XYChart.Data<Number, Number> d = series.getData().get(r);
                    assertEquals(d.getXValue().doubleValue(), Double.parseDouble(x), 0, chart.fileName() + " x " + r);
                    double drawnY = d.getYValue().doubleValue();
                    assertEquals(copied.log() ? Math.pow(10, drawnY) : drawnY, Double.parseDouble(y), 0, chart.fileName() + " y " + r);
                }
            }
        }
    }

    /** The cells of one CSV line (RFC 4180: a quoted cell may hold commas and doubled quotes). */
    static String[] csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    @Test
    void distributionSliderChangesPdeOverlayWithoutTraining(FxRobot robot) throws Exception {
        waitUntil(() -> model.pdeSolvesProperty().get() >= 1 && model.chartDataProperty().get() != null
                && model.chartDataProperty().get().hasPde());
        // At t = 0 the PDE equals the initial spectrum whatever rho is; its predicted loss curve is not.
        LossChart loss = chart(LossChart.class);
        List<Double> before = fx(() -> yValues(loss, 1));
        long solves = fx(() -> model.pdeSolvesProperty().get());
        SliderField sigma = robot.lookup("#sigma").queryAs(SliderField.class);
        fx(() -> {
            sigma.slider().setValue(Math.log10(8)); // a user drag from sigma 4 to 8 (log slider)
            return null;
        });
        waitUntil(() -> model.pdeSolvesProperty().get() > solves && !yValues(loss, 1).equals(before));
        assertEquals(8.0, fx(() -> ((org.freqbias.core.dist.Gaussian) model.getSession().distribution()).sigma()), 1e-9);
        assertFalse(fx(() -> model.runningProperty().get()), "moving a slider must not start training");
        assertEquals(0, fx(() -> model.stepProperty().get()));
    }

    @Test
    void playProducesSnapshotsInTheCharts(FxRobot robot) throws Exception {
        waitUntil(() -> model.chartDataProperty().get() != null);
        robot.clickOn("#playButton");
        waitUntil(() -> model.stepProperty().get() >= 50);
        FPrincipleChart fp = chart(FPrincipleChart.class);
        waitUntil(() -> fp.drawnSeries().get(0).getData().size() >= 5);
        ChartData data = fx(() -> model.chartDataProperty().get());
        assertTrue(data.newest().step() >= 50);
        assertTrue(data.rows().size() >= 5);
    }

    @Test
    void restartAfterAChangeShowsNoStaleData(FxRobot robot) throws Exception {
        waitUntil(() -> model.chartDataProperty().get() != null);
        robot.clickOn("#playButton");
        waitUntil(() -> model.stepProperty().get() >= 30);
        long oldRun = fx(() -> model.runIdProperty().get());
        List<String> stale = new ArrayList<>();
        double newRate = 0.02;
        fx(() -> {
            model.chartDataProperty().addListener((obs, old, d) -> {
                if (d.session().training().learningRate() != newRate) {
                    stale.add("chart data of the old run at step " + d.newest().step());
                }
            });
            model.apply(model.getSession().withTraining(new org.freqbias.core.session.TrainingSpec(newRate, 200, 1, 10)));
            model.play(); // the first run may have finished already; play the new one either way
            return null;
        });
        assertNotEquals(oldRun, fx(() -> model.runIdProperty().get()));
        waitUntil(() -> model.stepProperty().get() >= 30 && model.chartDataProperty().get().session().training().learningRate() == newRate);
        ChartData d = fx(() -> model.chartDataProperty().get());
        double[] t = d.rows().stream().mapToDouble(org.freqbias.core.experiment.History.Row::time).toArray();
        for (int i = 0; i < t.length; i++) {
            assertEquals(newRate * 10 * i, t[i], 1e-9, "history time " + i + " belongs to the new run");
        }
        assertTrue(stale.isEmpty(), stale::toString);
    }

    @Test
    void kernelLimitOverlaysTheSpectrumAndAgreesWithThePde(FxRobot robot) throws Exception {
        waitUntil(() -> model.chartDataProperty().get() != null && model.chartDataProperty().get().hasPde());
        SpectrumChart spectrum = chart(SpectrumChart.class);
        int kernelSeries = 1; // at t = 0, kernel limit, linearized, network, PDE
        assertTrue(fx(() -> spectrum.drawnSeries().get(kernelSeries).getData().isEmpty()), "off by default");
        assertFalse(fx(() -> legendTexts(robot, spectrum).contains("kernel limit")));
        javafx.scene.control.CheckBox box = robot.lookup("#kernelLimit").queryAs(javafx.scene.control.CheckBox.class);
        fx(() -> {
            box.fire(); // what a click does
            return null;
        });
        assertTrue(fx(() -> model.kernelFlowShownProperty(KernelFlowKind.KERNEL_LIMIT).get()));
        // Run to the end: at t = 0 kernel limit and PDE agree by construction, at t = 2 they need not.
        robot.clickOn("#playButton");
        waitUntil(() -> model.stepProperty().get() == 200 && model.chartDataProperty().get().has(KernelFlowKind.KERNEL_LIMIT)
                && model.chartDataProperty().get().newest().step() == 200);
        assertFalse(fx(() -> spectrum.drawnSeries().get(kernelSeries).getData().isEmpty()));
        assertTrue(fx(() -> legendTexts(robot, spectrum).contains("kernel limit")));
        FPrincipleChart fp = chart(FPrincipleChart.class);
        assertEquals(21, fx(() -> fp.drawnSeries().get(2).getData().size()), "kernel-limit ratios of the first peak, one per snapshot time");
        double kernelVsPde = fx(() -> model.kernelAgreementProperty().get());
        assertTrue(kernelVsPde > 0 && kernelVsPde < 0.01, "kernel limit vs PDE at t = 2: " + kernelVsPde);
        assertEquals(String.format("%.1f %%", 100 * kernelVsPde),
                fx(() -> robot.lookup("#kernelAgreement").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#kernelTime").queryAs(Label.class).getText()).endsWith(" ms"));
    }

    @Test
    void linearizedNetworkTogglesFromTheKeyboardWithItsOwnCurvesAndDistance(FxRobot robot, @TempDir Path dir) throws Exception {
        waitUntil(() -> model.chartDataProperty().get() != null && model.chartDataProperty().get().hasPde());
        SpectrumChart spectrum = chart(SpectrumChart.class);
        FPrincipleChart fp = chart(FPrincipleChart.class);
        int linSeries = 2; // at t = 0, kernel limit, linearized, network, PDE
        int linFirstPeak = 3; // network, PDE, kernel limit, linearized of the first peak
        assertTrue(fx(() -> spectrum.drawnSeries().get(linSeries).getData().isEmpty()), "off by default");
        assertFalse(fx(() -> legendTexts(robot, spectrum).contains("linearized network")));
        robot.push(KeyCode.CONTROL, KeyCode.L);
        assertTrue(fx(() -> model.kernelFlowShownProperty(KernelFlowKind.LINEARIZED).get()));
        assertTrue(fx(() -> robot.lookup("#linearized").queryAs(CheckBox.class).isSelected()));
        robot.clickOn("#playButton");
        waitUntil(() -> model.stepProperty().get() == 200 && model.chartDataProperty().get().has(KernelFlowKind.LINEARIZED)
                && model.chartDataProperty().get().newest().step() == 200);
        assertFalse(fx(() -> spectrum.drawnSeries().get(linSeries).getData().isEmpty()));
        assertTrue(fx(() -> spectrum.drawnSeries().get(linSeries).getNode().isVisible()));
        assertTrue(fx(() -> legendTexts(robot, spectrum).contains("linearized network")));
        assertTrue(fx(() -> legendTexts(robot, fp).contains("linearized network")));
        assertFalse(fx(() -> legendTexts(robot, spectrum).contains("kernel limit")), "the kernel limit stays off");
        assertEquals(21, fx(() -> fp.drawnSeries().get(linFirstPeak).getData().size()), "one ratio per snapshot time");
        double networkVsLin = fx(() -> model.linearizedDistanceProperty().get());
        double networkVsPde = fx(() -> model.agreementProperty().get());
        // The linearized network has the network's own (finite) set of frequencies: it follows the
        // network more closely than the infinite-width PDE does.
        assertTrue(networkVsLin > 0 && networkVsLin < networkVsPde, "network vs lin " + networkVsLin + ", vs PDE " + networkVsPde);
        assertEquals(String.format("%.1f %%", 100 * networkVsLin),
                fx(() -> robot.lookup("#linearizedDistance").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#linearizedTime").queryAs(Label.class).getText()).endsWith(" ms"));
        // "Export all" renders what is shown, the linearized network included.
        List<String> exported = fx(() -> {
            var charts = ChartExporter.render(model.chartDataProperty().get(), dir, "small", ChartFormats.png(1));
            return charts.get(1).lookupAll(".legend-entry").stream().map(Label.class::cast)
                    .filter(Label::isVisible).map(Label::getText).toList();
        });
        assertTrue(exported.contains("linearized network"), exported::toString);

        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> spectrum.drawnSeries().get(linSeries).getData().isEmpty());
        assertFalse(fx(() -> legendTexts(robot, spectrum).contains("linearized network")));
        assertTrue(fx(() -> fp.drawnSeries().get(linFirstPeak).getData().isEmpty()));
        // Switched off, the curves leave the picture too: LineChart would keep drawing an emptied series' last path.
        assertFalse(fx(() -> spectrum.drawnSeries().get(linSeries).getNode().isVisible()));
        assertFalse(fx(() -> fp.drawnSeries().get(linFirstPeak).getNode().isVisible()));
        assertEquals("–", fx(() -> robot.lookup("#linearizedDistance").queryAs(Label.class).getText()));
    }

    @Test
    void aDeepSessionDisablesTheKernelFlowsAndSaysWhy(FxRobot robot) throws Exception {
        fx(() -> {
            model.loadSample("deep-gaussian");
            return null;
        });
        waitUntil(() -> model.chartDataProperty().get() != null
                && model.chartDataProperty().get().session().name().equals("deep-gaussian"));
        CheckBox box = robot.lookup("#linearized").queryAs(CheckBox.class);
        assertTrue(fx(box::isDisabled));
        assertTrue(fx(() -> robot.lookup("#kernelLimit").queryAs(CheckBox.class).isDisabled()));
        assertEquals("2-layer networks only", fx(() -> robot.lookup("#linearizedTime").queryAs(Label.class).getText()));
        robot.push(KeyCode.CONTROL, KeyCode.L);
        assertFalse(fx(() -> model.kernelFlowShownProperty(KernelFlowKind.LINEARIZED).get()));
        assertTrue(fx(() -> model.messageProperty().get()).contains("2-layer networks only"));
        // A disabled control shows no tooltip of its own: the reason shows when hovering it.
        robot.moveTo(box);
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Tooltip t && t.isShowing()
                && t.getText().contains("needs a 2-layer network")));
        fx(() -> {
            model.apply(small());
            return null;
        });
        waitUntil(() -> !box.isDisabled());
    }

    private static List<String> legendTexts(FxRobot robot, XyChartFrame chart) {
        return robot.from(chart).lookup(".legend-entry").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).toList();
    }

    @Test
    void exportWritesPngAtTheRequestedScale(FxRobot robot, @TempDir Path dir) throws Exception {
        waitUntil(() -> model.chartDataProperty().get() != null);
        SpectrumChart spectrum = chart(SpectrumChart.class);
        Path file = dir.resolve("spectrum.png");
        double[] size = fx(() -> {
            PngWriter.write(spectrum, 2, file);
            return new double[] {spectrum.getLayoutBounds().getWidth(), spectrum.getLayoutBounds().getHeight()};
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Math.round(2 * size[0]), image.getWidth());
        assertEquals(Math.round(2 * size[1]), image.getHeight());
        assertTrue(size[0] > 100 && size[1] > 100);

        // Export all: a PNG and an SVG of each chart, the SVG as large as the PNG at scale 1.
        ChartData data = fx(() -> model.chartDataProperty().get());
        List<Path> all = fx(() -> ChartExporter.writeAll(data, dir.resolve("all"), "small", ChartFormats.pngAndSvg(1)));
        assertEquals(12, all.size());
        for (Path p : all) {
            if (p.toString().endsWith(".svg")) {
                String svg = Files.readString(p);
                assertTrue(svg.contains("width=\"" + (int) ChartExporter.CHART_WIDTH + "\" height=\"" + (int) ChartExporter.CHART_HEIGHT + "\""),
                        p + ": " + svg.substring(0, Math.min(300, svg.length())));
                continue;
            }
            BufferedImage png = ImageIO.read(p.toFile());
            assertEquals((int) ChartExporter.CHART_WIDTH, png.getWidth(), p.toString());
            assertEquals((int) ChartExporter.CHART_HEIGHT, png.getHeight(), p.toString());
        }
        // A session name never leads the files out of the chosen folder (issue 10).
        Path hostile = dir.resolve("hostile");
        for (String name : List.of("../../x", "/tmp/x", "a\u0000b", "n".repeat(1 << 20))) {
            for (Path p : fx(() -> ChartExporter.writeAll(data, hostile, name, ChartFormats.png(0.5)))) {
                assertEquals(hostile.toRealPath(), p.getParent(), name.length() > 20 ? "1 MB name" : name);
                assertTrue(Files.isRegularFile(p) && p.getFileName().toString().length() <= 255, p.toString());
            }
        }
        try (var beside = Files.list(dir)) {
            assertEquals(List.of("all", "hostile", "spectrum.png"), beside.map(p -> p.getFileName().toString()).sorted().toList());
        }
        // A chart's own export (right-click, 1x) is the same picture as Export all's, not the on-screen size.
        Path one = dir.resolve("one.png");
        fx(() -> {
            ChartExporter.writeOne(data, spectrum.fileName(), one, (c, f) -> PngWriter.write(c, 1, f));
            return null;
        });
        Path same = all.stream().filter(p -> p.getFileName().toString().equals("small-spectrum.png")).findFirst().orElseThrow();
        assertPixelsEqual(ImageIO.read(same.toFile()), ImageIO.read(one.toFile()));
        assertTrue(Math.abs(size[0] - ChartExporter.CHART_WIDTH) > 1, "the window shows the chart at another size: " + size[0]);
    }

    private static void assertPixelsEqual(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + ", " + y);
            }
        }
    }

    /** Issue 10: Save kept the old name and description after the session changed, and neither could be edited. */
    @Test
    void nameAndDescriptionAreEditedInThePanelAndSaved(FxRobot robot, @TempDir Path dir) throws Exception {
        waitUntil(() -> model.chartDataProperty().get() != null);
        javafx.scene.control.TextField name = robot.lookup("#sessionName").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextArea description = robot.lookup("#description").queryAs(javafx.scene.control.TextArea.class);
        assertEquals(fx(() -> model.getSession().name()), fx(name::getText));
        fx(() -> {
            name.setText("sigma 4, my notes");
            name.fireEvent(new javafx.event.ActionEvent());
            description.requestFocus();
            description.setText("What I changed:\ta wider window.");
            name.requestFocus(); // leaving the description applies it
            return null;
        });
        waitUntil(() -> !description.isFocused());
        assertEquals("sigma 4, my notes", fx(() -> model.getSession().name()));
        assertEquals("What I changed:\ta wider window.", fx(() -> model.getSession().description()));

        Path file = dir.resolve("saved.json");
        fx(() -> {
            model.save(file);
            return null;
        });
        Session saved = SessionFiles.load(file);
        assertEquals("sigma 4, my notes", saved.name());
        assertEquals("What I changed:\ta wider window.", saved.description());

        fx(() -> {
            name.setText("n".repeat(201));
            name.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        assertEquals("sigma 4, my notes", fx(() -> model.getSession().name()), "the last good name kept");
        assertEquals("sigma 4, my notes", fx(name::getText));
        String shown = fx(() -> model.messageProperty().get());
        assertTrue(shown.contains("name") && shown.contains("200"), shown);
    }

    @Test
    void brokenSessionFileKeepsThePreviousSessionWithAMessage(FxRobot robot, @TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, SessionFiles.toJsonString(small()).replace("\"sigma\" : 4.0", "\"sigma\" : -1.0"));
        Session before = fx(() -> model.getSession());
        fx(() -> {
            model.open(broken);
            return null;
        });
        assertSame(before, fx(() -> model.getSession()));
        assertTrue(fx(() -> model.messageIsErrorProperty().get()));
        String shown = fx(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText());
        assertTrue(shown.contains("distribution.sigma"), shown);
        assertTrue(fx(() -> robot.lookup("#messageBar").query().isVisible()));
    }

    /**
     * Issue 10: the app applies the resource estimate before it replaces the session: a session
     * that cannot fit in the heap (a deep network of 134 M parameters: about 13 GB against the
     * tests' 4 GB) is refused with the estimate and the key to lower, opened or edited alike, and
     * the last good session keeps training.
     */
    @Test
    void aSessionThatCannotFitInMemoryIsRefusedAndTheCurrentOneKept(FxRobot robot, @TempDir Path dir) throws Exception {
        Session before = fx(() -> model.getSession());
        Session huge = before.withNetwork(new org.freqbias.core.session.NetworkSpec(4096, 1.0, true,
                org.freqbias.core.dist.FrequencySampler.Mode.STRATIFIED, List.of(8192, 8192),
                org.freqbias.core.deep.Activation.TANH));
        Path file = dir.resolve("huge.json");
        SessionFiles.save(file, huge);
        fx(() -> {
            model.open(file);
            return null;
        });
        assertSame(before, fx(() -> model.getSession()));
        String shown = fx(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText());
        assertTrue(shown.startsWith("Kept the current session: this session needs about") && shown.contains("network.width"),
                shown);
        assertFalse(fx(() -> model.apply(huge)), "an edit is refused the same way");
        assertSame(before, fx(() -> model.getSession()));
        fx(() -> {
            model.play();
            return null;
        });
        waitUntil(() -> model.stepProperty().get() > 0);
    }

    @Test
    void outOfRangeTypedValueIsRefusedWithTheRange(FxRobot robot) throws Exception {
        SliderField sigma = robot.lookup("#sigma").queryAs(SliderField.class);
        robot.doubleClickOn(sigma.field()).eraseText(6).write("1e9").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4.0, fx(sigma::getValue));
        assertEquals(4.0, fx(() -> ((org.freqbias.core.dist.Gaussian) model.getSession().distribution()).sigma()));
        String problem = fx(() -> robot.from(sigma).lookup(".field-problem").queryAs(Label.class).getText());
        assertTrue(problem.contains("0.1") && problem.contains("100"), problem);
    }

    @Test
    void unstableLearningRateIsFlaggedBeforeTraining(FxRobot robot) throws Exception {
        waitUntil(() -> model.chartDataProperty().get() != null);
        fx(() -> {
            model.apply(model.getSession().withTraining(new org.freqbias.core.session.TrainingSpec(5.0, 200, 1, 10)));
            return null;
        });
        waitUntil(() -> model.messageProperty().get().contains("stability limit"));
        assertTrue(fx(() -> model.messageIsErrorProperty().get()));
        assertFalse(fx(() -> model.runningProperty().get()), "a warning, not a stop: nothing was started");
        // The status bar claims no agreement while the network oscillates (it said "network vs PDE 0.1 %").
        Label status = robot.lookup("#agreementStatus").queryAs(Label.class);
        waitUntil(() -> fx(status::getText).contains("stability limit"));
        fx(() -> {
            model.apply(model.getSession().withTraining(new org.freqbias.core.session.TrainingSpec(0.001, 200, 1, 10)));
            return null;
        });
        waitUntil(() -> !fx(status::getText).contains("stability"));
    }

    @Test
    void divergingRunStopsAndSuggestsASmallerLearningRate() throws Exception {
        waitUntil(() -> model.chartDataProperty().get() != null);
        fx(() -> {
            model.apply(model.getSession().withTraining(new org.freqbias.core.session.TrainingSpec(1e4, 200, 1, 10)));
            model.play();
            return null;
        });
        waitUntil(() -> model.messageProperty().get().contains("learning rate"));
        assertTrue(fx(() -> model.messageIsErrorProperty().get()));
        assertTrue(fx(() -> model.messageProperty().get().contains("diverged")), () -> model.messageProperty().get());
        waitUntil(() -> !model.runningProperty().get());
    }

    @Test
    void spaceTogglesPlay(FxRobot robot) throws Exception {
        fx(() -> {
            // A run long enough not to finish between the two key presses.
            model.apply(model.getSession().withTraining(new org.freqbias.core.session.TrainingSpec(0.01, 1_000_000, 1, 10)));
            return null;
        });
        waitUntil(() -> model.chartDataProperty().get() != null);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertTrue(fx(() -> model.runningProperty().get()));
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertFalse(fx(() -> model.runningProperty().get()));
    }
}
