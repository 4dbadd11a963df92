package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.chart.FPrincipleChart;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.app.chart.LogScale;
import org.freqbias.app.chart.LossChart;
import org.freqbias.app.chart.Palette;
import org.freqbias.app.chart.PlaneSpectrumChart;
import org.freqbias.app.chart.RadialProfileChart;
import org.freqbias.app.chart.SpectrumChart;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.export.ChartFormats;
import org.freqbias.app.export.HeadlessFx;
import org.freqbias.core.experiment.ExperimentRunner;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.freqbias.core.spectrum.PlaneGrid;

/** {@code run --png} with the kernel flows, 1D and 2D: the PNGs draw them, with legend entries. */
class RunPngTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        // TestFX starts the toolkit, whichever UI test class runs first in this JVM.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void pngsOfARunWithKernelFlowsDrawBothCurves() throws Exception {
        Path session = Files.writeString(dir.resolve("session.json"), RunCommandTest.SMALL);
        Path out = dir.resolve("out");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = FreqBiasCommand.execute("run", session.toString(), "--out", out.toString(), "--steps", "40",
                    "--png", "--png-scale", "1", "--kernel-limit", "--linearized");
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readAllLines(out.resolve("spectra.csv")).get(0).equals("t,xi,nn_abs,pde_abs,ntk_abs,lin_abs"));
        for (String chart : List.of("fit", "spectrum", "spectrogram", "fprinciple", "learning-time", "loss")) {
            assertTrue(Files.exists(out.resolve("small-" + chart + ".png")), chart);
        }
        // A legend sample is a 26 px line; a curve across the plot has far more pixels of its colour.
        BufferedImage spectrum = ImageIO.read(out.resolve("small-spectrum.png").toFile());
        assertTrue(pixelsNear(spectrum, Palette.LINEARIZED) > 300, "linearized curve drawn: " + pixelsNear(spectrum, Palette.LINEARIZED));
        assertTrue(pixelsNear(spectrum, Palette.KERNEL_LIMIT) > 150, "kernel-limit curve drawn: " + pixelsNear(spectrum, Palette.KERNEL_LIMIT));
    }

    @Test
    void theChartsRunRendersHoldTheKernelFlowsAndTheirLegends() throws Exception {
        Setup setup = Setup.of(SessionFiles.parse(RunCommandTest.SMALL, "small.json").withTraining(
                new org.freqbias.core.session.TrainingSpec(0.01, 40, 0, 10)));
        PngCharts[] collected = runWithAndWithoutFlows(setup);
        ChartData data = collected[0].data();
        assertTrue(data.has(KernelFlowKind.KERNEL_LIMIT) && data.has(KernelFlowKind.LINEARIZED));

        List<ChartFrame> charts = HeadlessFx.call(() -> ChartExporter.render(data, dir, "small", ChartFormats.png(1)));
        SpectrumChart spectrum = charts.stream().filter(SpectrumChart.class::isInstance).map(SpectrumChart.class::cast).findFirst().orElseThrow();
        FPrincipleChart fp = charts.stream().filter(FPrincipleChart.class::isInstance).map(FPrincipleChart.class::cast).findFirst().orElseThrow();
        int band = (int) java.util.Arrays.stream(setup.grid().magnitudes()).filter(xi -> xi <= data.maxFrequency()).count();
        List<Integer> sizes = HeadlessFx.call(() -> spectrum.drawnSeries().stream().map(s -> s.getData().size()).toList());
        assertEquals(List.of(band, band, band, band, band), sizes, "at t = 0, kernel limit, linearized, network, PDE");
        List<String> spectrumLegend = HeadlessFx.call(() -> legend(spectrum));
        assertTrue(spectrumLegend.containsAll(List.of("kernel limit", "linearized network")), spectrumLegend::toString);
        assertEquals(5, HeadlessFx.call(() -> fp.drawnSeries().get(3).getData().size()), "linearized ratios of the first peak at t = 0 ... 0.4");
        assertTrue(HeadlessFx.call(() -> legend(fp)).containsAll(List.of("kernel limit", "linearized network")));

        // Without the flows, neither curve nor legend entry.
        ChartData plain = collected[1].data();
        SpectrumChart bare = HeadlessFx.call(() -> {
            SpectrumChart c = new SpectrumChart();
            new javafx.scene.Scene(c);
            c.render(plain);
            c.applyCss();
            return c;
        });
        assertTrue(HeadlessFx.call(() -> bare.drawnSeries().get(2).getData().isEmpty()));
        assertFalse(HeadlessFx.call(() -> legend(bare)).contains("linearized network"));
    }

    @Test
    void twoDimensionalPngsOfARunWithTheKernelLimitDrawIt() throws Exception {
        Path out = dir.resolve("plane");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = FreqBiasCommand.execute("run", "plane-waves", "--out", out.toString(), "--steps", "20",
                    "--png", "--png-scale", "1", "--kernel-limit");
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        BufferedImage spectrum = ImageIO.read(out.resolve("plane-waves-spectrum.png").toFile());
        assertEquals(150 + 3 * 470, spectrum.getWidth(), "three images side by side: network, PDE, kernel limit");
        // The kernel limit's radial profile: a dotted wide line across the plot, far more than its legend sample.
        BufferedImage radial = ImageIO.read(out.resolve("plane-waves-radial.png").toFile());
        assertTrue(pixelsNear(radial, Palette.KERNEL_LIMIT) > 300, "kernel-limit curve drawn: " + pixelsNear(radial, Palette.KERNEL_LIMIT));
        assertTrue(pixelsNear(radial, Palette.LINEARIZED) < 30, "no linearized curve without --linearized");
    }

    @Test
    void theTwoDimensionalChartsRunRendersHoldTheKernelFlowsAndTheirLegends() throws Exception {
        Setup setup = Setup.of(SessionFiles.parse(PlaneRunCommandTest.SMALL_PLANE, "small-plane.json"));
        PngCharts[] collected = runWithAndWithoutFlows(setup);
        ChartData data = collected[0].data();
        assertTrue(data.has(KernelFlowKind.KERNEL_LIMIT) && data.has(KernelFlowKind.LINEARIZED));
        double[] times = setup.snapshotTimes();
        SpectrumTrajectory expected = setup.kernelFlowTrajectory(setup.kernelFlow(KernelFlowKind.KERNEL_LIMIT), times);

        List<ChartFrame> charts = HeadlessFx.call(() -> ChartExporter.render(data, dir, "small-plane", ChartFormats.png(1)));
        RadialProfileChart radial = find(charts, RadialProfileChart.class);
        FPrincipleChart fp = find(charts, FPrincipleChart.class);
        PlaneSpectrumChart spectrum = find(charts, PlaneSpectrumChart.class);
        assertEquals(4, HeadlessFx.call(() -> visibleImages(spectrum)), "network, PDE, kernel limit, linearized");
        List<Integer> sizes = HeadlessFx.call(() -> radial.drawnSeries().stream().map(s -> s.getData().size()).toList());
        int rings = sizes.get(0);
        assertEquals(List.of(rings, rings, rings, rings, rings), sizes, "at t = 0, kernel limit, linearized, network, PDE");
        // The kernel limit's curve is the ring mean of its |r^| at the last snapshot, log10.
        double[] profile = ((PlaneGrid) setup.grid()).radialProfile(expected.abs()[times.length - 1]);
        List<Double> drawn = HeadlessFx.call(() -> radial.drawnSeries().get(1).getData().stream()
                .map(d -> d.getYValue().doubleValue()).toList());
        double floor = LogScale.floorBelow(6, java.util.Arrays.copyOf(((PlaneGrid) setup.grid()).radialProfile(setup.initialResidual().abs()), rings));
        for (int b = 0; b < rings; b++) {
            assertEquals(Math.log10(Math.max(profile[b], floor)), drawn.get(b), 1e-9, "ring " + b);
        }
        for (ChartFrame chart : List.of(radial, fp)) {
            List<String> legend = HeadlessFx.call(() -> legend(chart));
            assertTrue(legend.containsAll(List.of("kernel limit", "linearized network")), legend::toString);
        }
        assertEquals(times.length, HeadlessFx.call(() -> fp.drawnSeries().get(2).getData().size()),
                "kernel-limit ratios of the first peak, one per snapshot");

        // Without the flows, neither image, curve nor legend entry.
        List<ChartFrame> bare = HeadlessFx.call(() -> ChartExporter.render(collected[1].data(), dir.resolve("bare"), "small-plane", ChartFormats.png(1)));
        assertEquals(2, HeadlessFx.call(() -> visibleImages(find(bare, PlaneSpectrumChart.class))));
        assertTrue(HeadlessFx.call(() -> find(bare, RadialProfileChart.class).drawnSeries().get(1).getData().isEmpty()));
        assertFalse(HeadlessFx.call(() -> legend(find(bare, RadialProfileChart.class))).contains("kernel limit"));
    }

    @Test
    void aDeepTwoDimensionalRunLabelsThePdeAsTheTwoLayerReference() throws Exception {
        Setup setup = Setup.of(SessionFiles.parse(PlaneRunCommandTest.SMALL_PLANE
                .replace("\"sigmaA\": 1.0 }", "\"sigmaA\": 1.0, \"hiddenLayers\": [8] }")
                .replace("\"steps\": 50", "\"steps\": 10"), "deep-plane.json"));
        PngCharts charts = new PngCharts(setup, Map.of());
        new ExperimentRunner(setup, 20).run(charts::add);
        List<ChartFrame> rendered = HeadlessFx.call(() -> ChartExporter.render(charts.data(), dir, "deep-plane", ChartFormats.png(1)));
        for (Class<?> type : List.of(RadialProfileChart.class, FPrincipleChart.class, LossChart.class)) {
            List<String> legend = HeadlessFx.call(() -> legend((ChartFrame) find(rendered, type)));
            assertTrue(legend.stream().anyMatch(e -> e.startsWith("PDE (2-layer reference")), type.getSimpleName() + ": " + legend);
        }
    }

    /** One run of {@code setup} with both kernel flows, collected for the PNGs with them ([0]) and without ([1]). */
    private static PngCharts[] runWithAndWithoutFlows(Setup setup) throws Exception {
        Map<KernelFlowKind, KernelFlow> flows = new EnumMap<>(KernelFlowKind.class);
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            flows.put(kind, setup.kernelFlow(kind));
        }
        PngCharts[] collected = {new PngCharts(setup, flows), new PngCharts(setup, Map.of())};
        new ExperimentRunner(setup, 20, flows).run(frame -> {
            collected[0].add(frame);
            collected[1].add(frame);
        });
        return collected;
    }

    private static <C> C find(List<ChartFrame> charts, Class<C> type) {
        return charts.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The heat maps of a 2D chart that are shown. */
    private static int visibleImages(ChartFrame chart) {
        return (int) chart.lookupAll(".heat-map-image").stream().filter(n -> n.getParent().isVisible()).count();
    }

    /** The visible legend texts of a rendered chart. */
    private static List<String> legend(ChartFrame chart) {
        return chart.lookupAll(".legend-entry").stream().map(Label.class::cast)
                .filter(Label::isVisible).map(Label::getText).toList();
    }

    /** Pixels within a small RGB distance of {@code hex} (anti-aliased lines blend at their edges). */
    private static int pixelsNear(BufferedImage image, String hex) {
        int target = Integer.parseInt(hex.substring(1), 16);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int dr = ((rgb >> 16) & 255) - ((target >> 16) & 255);
                int dg = ((rgb >> 8) & 255) - ((target >> 8) & 255);
                int db = (rgb & 255) - (target & 255);
                if (dr * dr + dg * dg + db * db < 30 * 30) {
                    count++;
                }
            }
        }
        return count;
    }
}
