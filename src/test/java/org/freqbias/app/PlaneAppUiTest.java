package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.freqbias.app.chart.FPrincipleChart;
import org.freqbias.app.chart.FieldsChart;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.app.chart.LogScale;
import org.freqbias.app.chart.LossChart;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.PlaneSpectrumChart;
import org.freqbias.app.chart.RadialProfileChart;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.app.view.SliderField;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.freqbias.core.session.NetworkSpec;
import org.freqbias.core.session.PlaneSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.freqbias.core.spectrum.PlaneGrid;

/** The window in 2D mode, headless (Monocle), on a small plane session: 32 x 32 grid, width 512, 60 steps. */
class PlaneAppUiTest extends UiHarness {

    /** Series of the radial profile chart: at t = 0, kernel limit, linearized, network, PDE. */
    private static final int KERNEL_PROFILE = 1;
    private static final int NETWORK_PROFILE = 3;

    @Start
    void start(Stage stage) throws IOException {
        show(stage, new ExperimentModel(smallPlane()), org.freqbias.cli.FreqBiasCommand::writeBundle);
    }

    @Test
    void theTwoDimensionalSampleLoadsAndShowsItsImages(FxRobot robot) throws Exception {
        for (String name : SessionFiles.SAMPLES_2D) {
            fx(() -> {
                model.loadSample(name);
                return null;
            });
            waitUntil(() -> data() != null && data().session().name().equals(name) && data().hasPde());
            assertFalse(fx(() -> model.messageIsErrorProperty().get()), () -> name + ": " + model.messageProperty().get());
            assertTrue(fx(() -> inWindow(board(true))));
            assertFalse(fx(() -> inWindow(board(false))), "the 1D board left the window");
            int n = fx(() -> data().domain().samples());
            List<Image> fields = fx(() -> images(robot, planeChart(FieldsChart.class)));
            assertEquals(3, fields.size(), "target, fit, residual");
            for (Image image : fields) {
                assertEquals(n, image.getWidth(), "one pixel per grid point");
                assertEquals(n, image.getHeight());
            }
            assertEquals(2, fx(() -> images(robot, planeChart(PlaneSpectrumChart.class)).size()), "network and PDE");
        }
        assertTrue(fx(() -> robot.lookup("#shape").query().isVisible()), "the 2D shape choice is offered");
        assertTrue(fx(() -> robot.lookup("#solveTime").queryAs(javafx.scene.control.Label.class).getText()).matches("\\d+ ms"));
        assertTrue(fx(() -> robot.lookup("#range").queryAs(javafx.scene.control.Label.class).getText()).matches("(?s).*\\d+ × \\d+ P1 mesh.*"));
    }

    @Test
    void hoveringTheTargetImageReadsTheGridPointAndTheTargetThere(FxRobot robot) throws Exception {
        waitUntil(() -> data() != null && data().hasPde());
        FieldsChart fields = planeChart(FieldsChart.class);
        javafx.scene.layout.Region target = fx(() -> (javafx.scene.layout.Region) robot.from(fields)
                .lookup(".heat-map-image").queryAll().iterator().next());
        int n = fx(() -> data().domain().samples());
        double halfWidth = fx(() -> data().domain().halfWidth());
        double h = 2 * halfWidth / n;
        int c = n / 2 + 1; // x1 = 0.5, x2 = -1: g = 1.33 there, 0.54 at the row mirrored about x2 = 0
        int r = n / 2 - 2;
        robot.moveTo(fx(() -> target.localToScreen((c + 0.5) / n * target.getWidth(), (1 - (r + 0.5) / n) * target.getHeight())));
        waitUntil(() -> fields.readout().isVisible() && fields.readout().getText().startsWith("x₁ = "));
        String text = fx(() -> fields.readout().getText());
        double[] shown = ClassroomUiTest.numbers(text);
        // Independent of the chart: the small-plane target exp(-|x|^2 / (2 s^2)) (sin(3 x1) + sin(2 x1 + 5 x2)),
        // s = 1.5, at the grid point (x1, x2) = (-L + c h, -L + r h).
        double x1 = -halfWidth + c * h;
        double x2 = -halfWidth + r * h;
        double g = Math.exp(-(x1 * x1 + x2 * x2) / (2 * 1.5 * 1.5)) * (Math.sin(3 * x1) + Math.sin(2 * x1 + 5 * x2));
        assertEquals(x1, shown[0], h, text); // the cell's centre, half a cell from its grid point
        assertEquals(x2, shown[1], h, text);
        assertEquals(g, shown[2], 0.005 * Math.abs(g), text); // three significant digits
    }

    @Test
    void twoRowsOfImagesInFocusGoSideBySideOnAShortScreenAndStackedOnATallOne(@TempDir Path dir) throws Exception {
        try (InputStream in = PlaneAppUiTest.class.getResourceAsStream("/ui/small-plane.json")) {
            Files.write(dir.resolve("small-plane.json"), in.readAllBytes());
        }
        Path lesson = Files.writeString(dir.resolve("lesson.json"), """
                { "title": "Two rows of images", "steps": [ { "session": {"file": "small-plane.json"},
                  "caption": "The target and the error spectrum, large.", "focus": ["fields", "spectrum"] } ] }""");
        FieldsChart fields = planeChart(FieldsChart.class);
        PlaneSpectrumChart spectrum = planeChart(PlaneSpectrumChart.class);
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(560); // a short projector image: the caption leaves the charts about 1280 x 400
            controller.openLesson(lesson.toString());
            return null;
        });
        waitUntil(() -> controller.focusMode() && data() != null && data().hasPde());
        // Side by side (the layout follows the room the window settles to): one above the other, each
        // row would have about 200 px of height, less titles and axes, for its images.
        waitUntil(() -> fields.getLayoutY() == spectrum.getLayoutY() && fields.getLayoutX() < spectrum.getLayoutX());
        // Limited by the width: (1280 / 2 - axes, gaps and colour bar) / 3 = 152 px measured.
        double sideBySide = fx(() -> imageSide(fields));
        assertTrue(sideBySide > 140, "the fields' images side by side: " + sideBySide + " px");
        fx(() -> {
            stage.setHeight(1600); // a portrait screen: room for the rows one above the other
            return null;
        });
        waitUntil(() -> fields.getLayoutX() == spectrum.getLayoutX() && fields.getLayoutY() < spectrum.getLayoutY());
        assertTrue(fx(() -> imageSide(fields)) > 1.5 * sideBySide, "stacked, the images are larger on the tall screen");
        fx(() -> {
            controller.lessonPlayer().leave();
            return null;
        });
    }

    private static double imageSide(Node chart) {
        javafx.scene.layout.Region image = (javafx.scene.layout.Region) chart.lookup(".heat-map-image");
        return Math.min(image.getWidth(), image.getHeight());
    }

    @Test
    void playFillsTheChartsAndStopsAtTheLastStep(FxRobot robot) throws Exception {
        waitUntil(() -> data() != null && data().hasPde());
        robot.clickOn("#playButton");
        waitUntil(() -> model.stepProperty().get() == 60 && !model.runningProperty().get() && data().newest().step() == 60);
        ChartData d = fx(this::data);
        assertEquals(7, d.rows().size(), "steps 0, 10, ..., 60");
        FPrincipleChart peaks = planeChart(FPrincipleChart.class);
        assertEquals(8, fx(() -> peaks.drawnSeries().size()), "network, PDE and the two kernel flows per peak (two peaks)");
        assertEquals(7, fx(() -> peaks.drawnSeries().get(0).getData().size()));
        assertEquals(7, fx(() -> peaks.drawnSeries().get(1).getData().size()), "the PDE at every snapshot time");
        assertEquals(7, fx(() -> planeChart(LossChart.class).drawnSeries().get(0).getData().size()));
        assertEquals(17, fx(() -> planeChart(RadialProfileChart.class).drawnSeries().get(NETWORK_PROFILE).getData().size()),
                "rings 0 .. N/2 of the network's profile");
        double agreement = fx(() -> model.agreementProperty().get());
        assertTrue(agreement > 0 && agreement < 0.5, "network vs PDE: " + agreement);
        // The residual has shrunk: the network learned.
        assertTrue(d.newest().loss() < 0.8 * d.rows().get(0).loss());
        long step = fx(() -> model.stepProperty().get());
        Thread.sleep(200);
        assertEquals(step, fx(() -> model.stepProperty().get()), "stopped");
    }

    @Test
    void aDistributionSliderResolvesThePdeImageWithoutTraining(FxRobot robot) throws Exception {
        waitUntil(() -> data() != null && data().hasPde());
        long solves = fx(() -> model.pdeSolvesProperty().get());
        double[] lossBefore = fx(() -> data().pdeLoss());
        SliderField sigma = robot.lookup("#sigma").queryAs(SliderField.class);
        fx(() -> {
            sigma.slider().setValue(Math.log10(8)); // a user drag from sigma 4 to 8 (log slider)
            return null;
        });
        waitUntil(() -> model.pdeSolvesProperty().get() > solves && data() != null && data().hasPde()
                && data().session().distribution().equals(new Gaussian(8))
                && !java.util.Arrays.equals(data().pdeLoss(), lossBefore));
        assertFalse(fx(() -> model.runningProperty().get()), "moving a slider must not start training");
        assertEquals(0, fx(() -> model.stepProperty().get()));
        assertEquals(2, fx(() -> images(robot, planeChart(PlaneSpectrumChart.class)).size()), "the PDE image is drawn");

        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<PlaneSpec.Shape> shape = robot.lookup("#shape").queryAs(javafx.scene.control.ComboBox.class);
        long solvesBefore = fx(() -> model.pdeSolvesProperty().get());
        fx(() -> {
            shape.setValue(PlaneSpec.Shape.PRODUCT); // what picking it does
            return null;
        });
        assertEquals(PlaneSpec.Shape.PRODUCT, fx(() -> model.getSession().plane().shape()));
        waitUntil(() -> model.pdeSolvesProperty().get() > solvesBefore);
    }

    @Test
    void anUnstableLearningRateIsFlaggedBeforeTrainingIn2d() throws Exception {
        waitUntil(() -> data() != null && data().hasPde());
        fx(() -> {
            model.apply(model.getSession().withTraining(new org.freqbias.core.session.TrainingSpec(5.0, 60, 0, 10)));
            return null;
        });
        waitUntil(() -> model.messageProperty().get().contains("stability limit"));
        assertTrue(fx(() -> model.messageIsErrorProperty().get()));
        assertFalse(fx(() -> model.runningProperty().get()), "a warning, not a stop: nothing was started");
    }

    @Test
    void aBadPngKeepsTheSessionWithAMessageAndAGoodOneBecomesTheTarget(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("not-an-image.png"), "this is text, not a PNG");
        Session before = fx(() -> model.getSession());
        fx(() -> {
            model.openImage(bad);
            return null;
        });
        assertSame(before, fx(() -> model.getSession()));
        assertTrue(fx(() -> model.messageIsErrorProperty().get()));
        String shown = fx(() -> model.messageProperty().get());
        assertTrue(shown.contains("Kept the current target") && shown.contains("not-an-image.png"), shown);

        Path png = dir.resolve("ramp.png");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.getRaster().setSample(x, y, 0, 32 * x);
            }
        }
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        fx(() -> {
            model.openImage(png);
            return null;
        });
        assertTrue(fx(() -> model.getSession().plane().target() instanceof org.freqbias.core.session.ImageFile));
        waitUntil(() -> data() != null && data().session().plane().target() instanceof org.freqbias.core.session.ImageFile);
        // Black (-1) on the left, towards white on the right: g rises along x1.
        double[] g = fx(() -> data().facts().target());
        int n = 32;
        assertTrue(g[0] < g[(n - 1) * n], "g(-L, x2) < g(L, x2)");
        assertFalse(fx(() -> model.messageIsErrorProperty().get()), () -> model.messageProperty().get());
    }

    @Test
    void savingAndOpeningATwoDimensionalSessionRoundTrips(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plane.json");
        fx(() -> {
            model.save(file);
            return null;
        });
        Session saved = SessionFiles.load(file);
        assertEquals(fx(() -> model.getSession()), saved);
        fx(() -> {
            model.apply(model.getSession().withName("changed"));
            model.open(file);
            return null;
        });
        assertEquals("small-plane", fx(() -> model.getSession().name()));
        assertTrue(fx(() -> model.getSession().isPlane()));
        long run = fx(() -> model.runIdProperty().get());
        assertNotEquals(0, run);
    }

    @Test
    void loadingAOneDimensionalSampleSwitchesBack() throws Exception {
        waitUntil(() -> data() != null);
        fx(() -> {
            model.loadSample("gaussian-bias");
            return null;
        });
        waitUntil(() -> model.chartDataProperty().get() != null
                && model.chartDataProperty().get().session().name().equals("gaussian-bias"));
        assertTrue(fx(() -> inWindow(board(false))));
        assertFalse(fx(() -> inWindow(board(true))));
    }

    @Test
    void kernelLimitOfPlaneWavesIsAThirdImageAndCurvesOfTheKernelFlow(FxRobot robot) throws Exception {
        fx(() -> {
            model.loadSample("plane-waves");
            model.apply(model.getSession().withTraining(model.getSession().training().withSteps(40)));
            return null;
        });
        waitUntil(() -> data() != null && data().session().name().equals("plane-waves") && data().hasPde()
                && data().session().training().steps() == 40);
        RadialProfileChart radial = planeChart(RadialProfileChart.class);
        FPrincipleChart peaks = planeChart(FPrincipleChart.class);
        assertTrue(fx(() -> robot.lookup("#kernelLimit").query().isVisible()), "the kernel-flow controls are offered in 2D");
        assertEquals(2, fx(() -> images(robot, planeChart(PlaneSpectrumChart.class)).size()), "off by default");

        robot.push(KeyCode.CONTROL, KeyCode.K);
        assertTrue(fx(() -> model.kernelFlowShownProperty(KernelFlowKind.KERNEL_LIMIT).get()));
        fx(() -> {
            model.step();
            model.step();
            return null;
        });
        waitUntil(() -> data().has(KernelFlowKind.KERNEL_LIMIT) && data().newest().step() == 20);
        ChartData d = fx(this::data);
        assertEquals(3, fx(() -> images(robot, planeChart(PlaneSpectrumChart.class)).size()), "network, PDE, kernel limit");
        assertTrue(fx(() -> legendTexts(radial)).contains("kernel limit"));
        assertTrue(fx(() -> legendTexts(peaks)).contains("kernel limit"));

        // Independent of the app's worker: the flow built here, at the same snapshot times.
        Setup setup = Setup.of(d.session());
        double[] times = setup.session().training().snapshotTimes();
        SpectrumTrajectory expected = setup.kernelFlowTrajectory(setup.kernelFlow(KernelFlowKind.KERNEL_LIMIT), times);
        int now = 2; // t = 0.2, the newest snapshot
        assertEquals(times[now], d.newest().time(), 1e-12);
        double scale = LogScale.max(expected.abs()[0]);
        double[] shown = d.flowAbs(KernelFlowKind.KERNEL_LIMIT);
        for (int k = 0; k < shown.length; k++) {
            assertEquals(expected.abs()[now][k], shown[k], 1e-9 * scale, "the image's |r^| at index " + k);
        }
        // The radial profile's kernel-limit curve: log10 of the ring means of that |r^|.
        int n = d.domain().samples();
        double dxi = d.domain().frequencySpacing();
        double[] profile = ((PlaneGrid) d.grid()).radialProfile(expected.abs()[now]);
        List<XYChart.Data<Number, Number>> curve = fx(() -> radial.drawnSeries().get(KERNEL_PROFILE).getData());
        int bins = fx(() -> radial.drawnSeries().get(NETWORK_PROFILE).getData().size());
        assertEquals(bins, curve.size());
        double floor = LogScale.floorBelow(6, java.util.Arrays.copyOf(((PlaneGrid) d.grid()).radialProfile(d.facts().initialAbs()), bins));
        for (XYChart.Data<Number, Number> point : curve) {
            int b = (int) Math.round(point.getXValue().doubleValue() / dxi);
            assertEquals(Math.log10(Math.max(profile[b], floor)), point.getYValue().doubleValue(), 1e-9, "ring " + b);
        }
        // The F-principle chart: one kernel-limit ratio per snapshot time at each peak.
        for (int p = 0; p < d.peakCount(); p++) {
            int k = d.facts().peakIndex(p);
            int series = 4 * p + 2; // network, PDE, kernel limit, linearized of each peak
            List<XYChart.Data<Number, Number>> ratios = fx(() -> peaks.drawnSeries().get(series).getData());
            assertEquals(times.length, ratios.size());
            for (int i = 0; i < times.length; i++) {
                assertEquals(times[i], ratios.get(i).getXValue().doubleValue(), 1e-12);
                double ratio = expected.abs()[i][k] / expected.abs()[0][k];
                assertEquals(Math.log10(Math.max(ratio, 1e-6)), ratios.get(i).getYValue().doubleValue(), 1e-9);
            }
        }
        double kernelVsPde = fx(() -> model.kernelAgreementProperty().get());
        assertTrue(kernelVsPde > 0 && kernelVsPde < 0.03, "kernel limit vs PDE at t = 0.2: " + kernelVsPde);
        assertEquals(String.format("%.1f %%", 100 * kernelVsPde),
                fx(() -> robot.lookup("#kernelAgreement").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#kernelTime").queryAs(Label.class).getText()).matches("\\d+ ms|\\d+\\.\\d s"));

        robot.push(KeyCode.CONTROL, KeyCode.K);
        waitUntil(() -> !data().has(KernelFlowKind.KERNEL_LIMIT));
        assertEquals(2, fx(() -> images(robot, planeChart(PlaneSpectrumChart.class)).size()), "off: network and PDE only");
        assertTrue(fx(() -> radial.drawnSeries().get(KERNEL_PROFILE).getData().isEmpty()));
        assertFalse(fx(() -> legendTexts(radial)).contains("kernel limit"));
        assertFalse(fx(() -> legendTexts(peaks)).contains("kernel limit"));
        assertEquals("–", fx(() -> robot.lookup("#kernelAgreement").queryAs(Label.class).getText()));
    }

    @Test
    void aDeepPlaneSessionDisablesTheKernelFlows(FxRobot robot) throws Exception {
        NetworkSpec two = fx(() -> model.getSession()).network();
        Session deep = fx(() -> model.getSession()).withNetwork(new NetworkSpec(two.width(), two.sigmaA(),
                two.zeroInitialOutput(), two.sampling(), List.of(16), org.freqbias.core.deep.Activation.TANH));
        fx(() -> {
            model.apply(deep);
            return null;
        });
        assertTrue(fx(() -> robot.lookup("#kernelLimit").queryAs(CheckBox.class).isDisabled()));
        robot.push(KeyCode.CONTROL, KeyCode.K);
        assertFalse(fx(() -> model.kernelFlowShownProperty(KernelFlowKind.KERNEL_LIMIT).get()));
        assertEquals("2-layer networks only", fx(() -> robot.lookup("#kernelTime").queryAs(Label.class).getText()));
    }

    /** The visible legend texts of a chart. */
    private static List<String> legendTexts(Node chart) {
        return chart.lookupAll(".legend-entry").stream().map(Label.class::cast).filter(Label::isVisible).map(Label::getText).toList();
    }

    /** Whether {@code board} is in the window (the board not shown leaves the scene). */
    private static boolean inWindow(Node board) {
        return board.getScene() != null && board.isVisible();
    }

    /** The chart board (its root GridPane) of 2D (true) or 1D sessions. */
    private Node board(boolean plane) {
        return (plane ? controller.planeCharts() : controller.charts()).charts().get(0).getParent();
    }

    private ChartData data() {
        return model.chartDataProperty().get();
    }
}
