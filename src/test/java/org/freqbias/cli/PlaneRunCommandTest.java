package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} on a reduced 2D session: the files, their headers and row counts, the 1D-only options refused, the PNGs. */
class PlaneRunCommandTest {

    static final String SMALL_PLANE = """
            { "name": "small-plane", "domain": { "dimension": 2, "halfWidth": 8.0, "samples": 32 },
              "target": { "type": "planeWaves", "envelopeWidth": 1.5,
                          "components": [ { "frequency": [3.0, 0.0], "amplitude": 1.0 }, { "frequency": [2.0, 5.0], "amplitude": 1.0 } ] },
              "distribution": { "type": "gaussian", "sigma": 4.0 },
              "network": { "width": 512, "sigmaA": 1.0 },
              "training": { "learningRate": 0.01, "steps": 50, "snapshotEvery": 10 } }
            """;

    @TempDir
    Path dir;

    private record Outcome(int code, String err) {
    }

    private Outcome run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            return new Outcome(FreqBiasCommand.execute(args), buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void writesTheFourFilesOverTheCentredGrid() throws IOException {
        Path session = Files.writeString(dir.resolve("plane.json"), SMALL_PLANE);
        Path out = dir.resolve("out");
        Outcome o = run("run", session.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());

        int snapshots = 6; // steps 0, 10, ..., 50
        int frequencies = 32 * 32;
        List<String> spectra = Files.readAllLines(out.resolve("spectra.csv"));
        assertEquals("t,xi1,xi2,nn_abs,pde_abs", spectra.get(0));
        assertEquals(1 + snapshots * frequencies, spectra.size());
        double corner = -16 * Math.PI / 8;
        assertTrue(spectra.get(1).startsWith("0.0," + corner + "," + corner + ","), spectra.get(1));
        assertTrue(spectra.get(spectra.size() - frequencies).startsWith("0.5,"), "last snapshot at t = eta * 50");

        List<String> peaks = Files.readAllLines(out.resolve("peaks.csv"));
        assertEquals("t,xi1,xi2,nn_ratio,pde_ratio", peaks.get(0));
        assertEquals(1 + snapshots * 2, peaks.size());
        assertEquals("0.0," + Math.PI + ",0.0,1.0,1.0", peaks.get(1), "(3, 0) snapped to (8 pi / 8, 0), ratios start at 1");

        List<String> loss = Files.readAllLines(out.resolve("loss.csv"));
        assertEquals("t,loss_nn,loss_pde", loss.get(0));
        assertEquals(1 + snapshots, loss.size());

        JsonNode summary = SessionFiles.JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(50, summary.get("stepsDone").asInt());
        assertEquals(2, summary.get("peaks").size());
        assertEquals(2, summary.get("peaks").get(1).get("frequency").size(), "2D peaks are vectors");
        assertTrue(summary.get("agreement").get("max").isNumber());
        assertEquals(2, summary.get("session").get("domain").get("dimension").asInt());
        try (var files = Files.list(out)) {
            assertEquals(4, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void kernelFlowsAddColumnsAndEveryPairwiseDistance() throws IOException {
        Path session = Files.writeString(dir.resolve("plane.json"), SMALL_PLANE);
        Path out = dir.resolve("out");
        Outcome o = run("run", session.toString(), "--out", out.toString(), "--kernel-limit", "--linearized");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("ntk ready in") && o.err().contains("Krylov basis of"), o.err());
        List<String> spectra = Files.readAllLines(out.resolve("spectra.csv"));
        assertEquals("t,xi1,xi2,nn_abs,pde_abs,ntk_abs,lin_abs", spectra.get(0));
        assertEquals(1 + 6 * 32 * 32, spectra.size());
        for (int row = 1; row <= 32 * 32; row += 97) {
            String[] cells = spectra.get(row).split(",");
            double nn = Double.parseDouble(cells[3]);
            assertEquals(nn, Double.parseDouble(cells[5]), 1e-10, "at t = 0 the kernel flows start from the network's residual");
            assertEquals(nn, Double.parseDouble(cells[6]), 1e-10);
        }
        JsonNode summary = SessionFiles.JSON.readTree(out.resolve("summary.json").toFile());
        JsonNode pairs = summary.get("agreement").get("maxDistanceByPair");
        for (String pair : List.of("nn-pde", "nn-ntk", "nn-lin", "pde-ntk", "pde-lin", "ntk-lin")) {
            assertTrue(pairs.get(pair).isNumber(), pair + " in " + pairs);
        }
        assertTrue(pairs.get("pde-ntk").asDouble() < pairs.get("nn-pde").asDouble(), pairs.toString());
        JsonNode peak = summary.get("peaks").get(0);
        assertTrue(peak.get("learningTimeByKernelFlow").get("ntk").get("time").isNumber(), peak.toString());
        assertTrue(summary.get("timing").get("kernelFlowSeconds").get("lin").isNumber());
        assertTrue(summary.get("stability").get("maxStableLearningRate").asDouble() > 0.01, "eta = 0.01 is stable here");
    }

    @Test
    void pngRendersTheTwoDimensionalChartsWithContentInTheirPlots() throws IOException {
        Path out = dir.resolve("png");
        Outcome o = run("run", "plane-waves", "--out", out.toString(), "--steps", "20", "--png", "--png-scale", "1");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("wrote 5 charts as PNG"), o.err());
        // name, width, height at scale 1 (the image charts are wide: square images side by side)
        Object[][] expected = {{"fields", 1500, 560}, {"spectrum", 1100, 560}, {"radial", 900, 560},
            {"fprinciple", 900, 560}, {"loss", 900, 560}};
        for (Object[] e : expected) {
            Path file = out.resolve("plane-waves-" + e[0] + ".png");
            BufferedImage png = ImageIO.read(file.toFile());
            assertEquals(e[1], png.getWidth(), file.toString());
            assertEquals(e[2], png.getHeight(), file.toString());
            // The plot area: below the title, above the legend, right of the y axis.
            int colourful = coloured(png, 80, 50, png.getWidth() - 20, png.getHeight() - 60);
            int area = (png.getWidth() - 100) * (png.getHeight() - 110);
            // Fields are white where g = 0 (the diverging map's middle), so only the packet is coloured.
            double least = e[0].equals("spectrum") ? 0.5 * area : e[0].equals("fields") ? 5000 : 300;
            assertTrue(colourful > least, e[0] + ": " + colourful + " coloured pixels in the plot area of " + area);
        }
        // The network's spectrum image is drawn in the colour map across its whole square.
        BufferedImage spectrum = ImageIO.read(out.resolve("plane-waves-spectrum.png").toFile());
        assertTrue(coloured(spectrum, 70, 60, 490, 490) > 0.9 * 420 * 430, "the network image fills its square");
    }

    /** Pixels in [x0, x1) x [y0, y1) that are clearly not gray (chroma > 40 of 255): series and colour maps, not text or grid. */
    private static int coloured(BufferedImage png, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = png.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void anUnstableLearningRateIsWarnedAbout() throws IOException {
        Path session = Files.writeString(dir.resolve("plane.json"), SMALL_PLANE.replace("\"learningRate\": 0.01", "\"learningRate\": 0.5")
                .replace("\"steps\": 50", "\"steps\": 2").replace("\"snapshotEvery\": 10", "\"snapshotEvery\": 1"));
        Outcome o = run("run", session.toString(), "--out", dir.resolve("out").toString());
        assertTrue(o.err().contains("warning: training.learningRate 0.5000 is above the stability limit"), o.err());
    }

    @Test
    void theLinearizedNetworkIsRefusedForDeepPlaneSessions() throws IOException {
        Path session = Files.writeString(dir.resolve("plane.json"),
                SMALL_PLANE.replace("\"sigmaA\": 1.0 }", "\"sigmaA\": 1.0, \"hiddenLayers\": [16] }"));
        Outcome o = run("run", session.toString(), "--out", dir.resolve("out").toString(), "--linearized");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--linearized works for 2-layer networks only"), o.err());
    }
}
