package org.freqbias.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.chart.Palette;
import org.freqbias.app.chart.RadialProfileChart;
import org.freqbias.app.chart.SpectrumChart;
import org.freqbias.app.chart.XyChartFrame;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.export.ChartFormats;
import org.freqbias.app.export.HeadlessFx;
import org.freqbias.app.export.RasterDifference;
import org.freqbias.app.export.Rsvg;
import org.freqbias.app.export.SvgWriter;
import org.freqbias.core.experiment.ExperimentRunner;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every chart of a 1D run (gaussian-bias) and a 2D run (plane-waves), both kernel flows on, as
 * SVG: rendered by librsvg at the size of the chart's PNG export and compared with it in 4 x 4
 * pixel cells; every series a path through the points its axes place, every title, axis title,
 * tick label and legend entry a text element, every heat map its own pixels.
 */
class ChartSvgTest {

    /** Cells of 4 x 4 pixels differ "visibly" when a channel differs by more than this (of 255). */
    private static final int THRESHOLD = 32;

    /**
     * Line charts. Measured over the 8: mean |diff| 0.08-0.18 levels, 0.022-0.092 % of cells over
     * the threshold (glyph anti-aliasing: JavaFX draws text with sub-pixel colour fringes).
     * Without the network curve the 1D spectrum measures 0.66 %, the 2D radial profile 0.75 %.
     */
    private static final double LINE_MEAN = 0.55;
    private static final double LINE_FRACTION = 0.0025;
    /**
     * Charts of heat maps (spectrogram, fields, 2D spectrum). Measured: mean 0.31-0.55 levels,
     * 0.06-0.50 % of cells: JavaFX's software renderer blends the outermost texels of a stretched
     * image with texels beyond its edge, librsvg does not.
     */
    private static final double IMAGE_MEAN = 1.6;
    private static final double IMAGE_FRACTION = 0.015;

    @TempDir
    Path dir;

    private static ChartData line;
    private static ChartData plane;

    @BeforeAll
    static void runs() throws Exception {
        FxToolkit.registerPrimaryStage();
        line = data("gaussian-bias", 100);
        plane = data("plane-waves", 50);
    }

    @Test
    void everyOneDimensionalChartRendersAsItsPngAndHoldsItsTextsAndCurves() throws Exception {
        for (ChartFrame chart : HeadlessFx.call(() -> ChartExporter.render(line, dir, "line", ChartFormats.png(1)))) {
            check(chart, "line");
        }
    }

    @Test
    void everyTwoDimensionalChartRendersAsItsPngAndHoldsItsTextsAndCurves() throws Exception {
        for (ChartFrame chart : HeadlessFx.call(() -> ChartExporter.render(plane, dir, "plane", ChartFormats.png(1)))) {
            check(chart, "plane");
        }
    }

    @Test
    void aMissingCurveFailsTheComparison() throws Exception {
        ChartFrame spectrum = HeadlessFx.call(() -> ChartExporter.render(line, dir, "line", ChartFormats.png(1))).stream()
                .filter(SpectrumChart.class::isInstance).findFirst().orElseThrow();
        ChartFrame radial = HeadlessFx.call(() -> ChartExporter.render(plane, dir, "plane", ChartFormats.png(1))).stream()
                .filter(RadialProfileChart.class::isInstance).findFirst().orElseThrow();
        for (var named : List.of(new Named("line", spectrum), new Named("plane", radial))) {
            Path png = dir.resolve(ChartExporter.fileName(named.session(), named.chart()));
            Document doc = parse(HeadlessFx.call(() -> SvgWriter.toSvg(named.chart())));
            Element network = networkCurve(doc);
            network.getParentNode().removeChild(network);
            Path svg = dir.resolve(named.chart().fileName() + "-without-network.svg");
            Files.writeString(svg, serialize(doc));
            RasterDifference d = compare(png, svg);
            assertTrue(d.fractionAbove() > LINE_FRACTION, named.chart().fileName() + " without its network curve still passes: " + d);
        }
    }

    private record Named(String session, ChartFrame chart) {
    }

    /**
     * {@code run --svg} on a small 1D and 2D session: one SVG beside each PNG of the board (six
     * charts in 1D, five in 2D), each well-formed, holding the chart's title as text and curves as
     * paths, and rendered by librsvg as its PNG within the tolerances above; {@code --svg} alone
     * writes no PNG.
     */
    @Test
    void runSvgWritesEveryChartAndEachRendersAsItsPng() throws Exception {
        record Case(String name, String json, int charts) {
        }
        for (Case c : List.of(new Case("small", RunCommandTest.SMALL, 6), new Case("small-plane", PlaneRunCommandTest.SMALL_PLANE, 5))) {
            Path session = Files.writeString(dir.resolve(c.name() + ".json"), c.json());
            Path out = dir.resolve(c.name());
            CliRun run = CliRun.of("run", session.toString(), "--out", out.toString(), "--png", "--png-scale", "1", "--svg");
            assertEquals(0, run.code(), run.err());
            List<String> pngs = stems(out, ".png");
            List<String> svgs = stems(out, ".svg");
            assertEquals(c.charts(), pngs.size(), c.name() + " PNGs " + pngs);
            assertEquals(pngs, svgs, c.name() + ": an SVG for every PNG");
            for (String stem : svgs) {
                Path svg = out.resolve(stem + ".svg");
                Document doc = parse(Files.readString(svg));
                assertTrue(doc.getElementsByTagName("text").getLength() > 3, stem + " has its texts as text");
                boolean images = doc.getElementsByTagName("image").getLength() > 0;
                assertTrue(images || doc.getElementsByTagName("path").getLength() > 0, stem + " has curves as paths");
                RasterDifference d = compare(out.resolve(stem + ".png"), svg);
                assertTrue(d.meanAbs() < (images ? IMAGE_MEAN : LINE_MEAN), stem + ": " + d);
                assertTrue(d.fractionAbove() < (images ? IMAGE_FRACTION : LINE_FRACTION), stem + ": " + d);
            }
        }
        Path svgOnly = dir.resolve("svg-only");
        CliRun run = CliRun.of("run", dir.resolve("small.json").toString(), "--out", svgOnly.toString(), "--svg", "--steps", "10");
        assertEquals(0, run.code(), run.err());
        assertEquals(6, stems(svgOnly, ".svg").size());
        assertEquals(List.of(), stems(svgOnly, ".png"));
    }

    /** The names (without {@code suffix}) of the files in {@code folder} ending in it, sorted. */
    private static List<String> stems(Path folder, String suffix) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
        }
    }

    /** The chart's SVG against its PNG, then what it must contain. */
    private void check(ChartFrame chart, String session) throws Exception {
        Path png = dir.resolve(ChartExporter.fileName(session, chart));
        Path svg = dir.resolve(session + "-" + chart.fileName() + ".svg");
        HeadlessFx.call(() -> {
            SvgWriter.write(chart, svg);
            return null;
        });
        RasterDifference d = compare(png, svg);
        boolean images = HeadlessFx.call(() -> !imageViews(chart).isEmpty());
        String what = chart.fileName() + ": " + d;
        assertTrue(d.meanAbs() < (images ? IMAGE_MEAN : LINE_MEAN), what);
        assertTrue(d.fractionAbove() < (images ? IMAGE_FRACTION : LINE_FRACTION), what);

        Document doc = parse(Files.readString(svg)); // well-formed, or this throws
        List<String> texts = texts(doc);
        for (String expected : HeadlessFx.call(() -> expectedTexts(chart))) {
            assertTrue(texts.contains(expected), chart.fileName() + ": no text element \"" + expected + "\" in " + texts);
        }
        if (chart instanceof XyChartFrame xy) {
            checkSeries(xy, doc);
        }
        checkImages(chart, doc);
    }

    /**
     * Each series: a path whose first pair is the move to its first point and whose other pairs
     * are its data points where the axes put them (JavaFX's LineChart moves, then draws a line to
     * every point); a series drawn as dots: one circle per point, centred there.
     */
    private static void checkSeries(XyChartFrame frame, Document doc) throws Exception {
        List<String> problems = HeadlessFx.call(() -> {
            List<String> out = new ArrayList<>();
            XYChart<Number, Number> chart = (XYChart<Number, Number>) frame.lookup(".chart");
            Axis<Number> x = chart.getXAxis();
            Axis<Number> y = chart.getYAxis();
            List<XYChart.Series<Number, Number>> series = frame.drawnSeries();
            for (int i = 0; i < series.size(); i++) {
                List<XYChart.Data<Number, Number>> data = series.get(i).getData();
                boolean dots = !data.isEmpty() && data.get(0).getNode() != null;
                String cls = "series" + i;
                if (dots) {
                    List<Element> circles = elements(doc, "circle", cls);
                    expect(out, data.size(), circles.size(), frame.fileName() + " " + cls + " dots");
                    for (int k = 0; k < Math.min(data.size(), circles.size()); k++) {
                        double[] at = translation(circles.get(k));
                        near(out, x.getDisplayPosition(data.get(k).getXValue()), at[0], frame.fileName() + " " + cls + " dot " + k + " x");
                        near(out, y.getDisplayPosition(data.get(k).getYValue()), at[1], frame.fileName() + " " + cls + " dot " + k + " y");
                    }
                    continue;
                }
                List<Element> paths = elements(doc, "path", cls);
                expect(out, data.isEmpty() ? 0 : 1, paths.size(), frame.fileName() + " " + cls + " paths");
                if (data.isEmpty() || paths.size() != 1) {
                    continue;
                }
                double[] pairs = numbers(paths.get(0).getAttribute("d"));
                expect(out, data.size() + 1, pairs.length / 2, frame.fileName() + " " + cls + " points");
                for (int k = 0; k < Math.min(data.size(), pairs.length / 2 - 1); k++) {
                    near(out, x.getDisplayPosition(data.get(k).getXValue()), pairs[2 * k + 2], frame.fileName() + " " + cls + " point " + k + " x");
                    near(out, y.getDisplayPosition(data.get(k).getYValue()), pairs[2 * k + 3], frame.fileName() + " " + cls + " point " + k + " y");
                }
            }
            return out;
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
    }

    /** Each shown heat map and colour bar: an image element holding exactly its pixels, in scene order. */
    private static void checkImages(ChartFrame chart, Document doc) throws Exception {
        List<BufferedImage> expected = HeadlessFx.call(() -> imageViews(chart).stream()
                .map(v -> SwingFXUtils.fromFXImage(v.getImage(), null)).toList());
        NodeList images = doc.getElementsByTagName("image");
        assertEquals(expected.size(), images.getLength(), chart.fileName() + " images");
        for (int i = 0; i < expected.size(); i++) {
            String href = ((Element) images.item(i)).getAttributeNS("http://www.w3.org/1999/xlink", "href");
            BufferedImage got = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1))));
            BufferedImage want = expected.get(i);
            assertEquals(want.getWidth() + "x" + want.getHeight(), got.getWidth() + "x" + got.getHeight(), chart.fileName() + " image " + i);
            for (int py = 0; py < want.getHeight(); py++) {
                for (int px = 0; px < want.getWidth(); px++) {
                    if (want.getRGB(px, py) != got.getRGB(px, py)) {
                        assertEquals(Integer.toHexString(want.getRGB(px, py)), Integer.toHexString(got.getRGB(px, py)),
                                chart.fileName() + " image " + i + " pixel " + px + "," + py);
                    }
                }
            }
        }
    }

    /**
     * What the chart says in words, read from the controls rather than from the drawn text: its
     * title, every axis title and visible tick label, legend entry and heat-map title shown.
     */
    private static List<String> expectedTexts(ChartFrame chart) {
        List<String> out = new ArrayList<>(List.of(chart.title()));
        for (Node n : chart.lookupAll(".axis")) {
            if (n instanceof Axis<?> axis && shown(axis)) {
                if (axis.getLabel() != null && !axis.getLabel().isBlank()) {
                    out.add(axis.getLabel());
                }
                axis.getTickMarks().stream().filter(t -> t.isTextVisible() && t.getLabel() != null && !t.getLabel().isBlank())
                        .forEach(t -> out.add(t.getLabel()));
            }
        }
        for (String style : List.of(".legend-entry", ".heat-map-title")) {
            for (Node n : chart.lookupAll(style)) {
                if (n instanceof Label l && shown(l)) {
                    out.add(l.getText());
                }
            }
        }
        return out;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<ImageView> imageViews(ChartFrame chart) {
        return chart.lookupAll(".image-view").stream().filter(n -> n instanceof ImageView v && v.getImage() != null && shown(v))
                .map(ImageView.class::cast).toList();
    }

    /** The solid path in the network's colour: the curve the negative control removes. */
    private static Element networkCurve(Document doc) {
        NodeList paths = doc.getElementsByTagName("path");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.getAttribute("class").contains("chart-series-line") && p.getAttribute("stroke").equals(Palette.NETWORK)
                    && p.getAttribute("stroke-dasharray").isEmpty()) {
                found.add(p);
            }
        }
        assertEquals(1, found.size(), "one solid network curve");
        return found.get(0);
    }

    private RasterDifference compare(Path png, Path svg) throws Exception {
        BufferedImage javafx = ImageIO.read(png.toFile());
        return RasterDifference.of(javafx, Rsvg.render(svg, javafx.getWidth(), javafx.getHeight()), 4, THRESHOLD);
    }

    /** Text of every text element, lines (tspans) joined by newlines as JavaFX writes them. */
    private static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("text");
        for (int i = 0; i < all.getLength(); i++) {
            Element t = (Element) all.item(i);
            NodeList spans = t.getElementsByTagName("tspan");
            if (spans.getLength() == 0) {
                out.add(t.getTextContent());
            } else {
                List<String> lines = new ArrayList<>();
                for (int k = 0; k < spans.getLength(); k++) {
                    lines.add(spans.item(k).getTextContent());
                }
                out.add(String.join("\n", lines));
            }
        }
        return out;
    }

    /** Elements of {@code tag} whose class list holds {@code cls}. */
    private static List<Element> elements(Document doc, String tag, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    /** All numbers of an attribute, in order (path data: the coordinate pairs). */
    private static double[] numbers(String attribute) {
        return java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(attribute).results()
                .mapToDouble(m -> Double.parseDouble(m.group())).toArray();
    }

    /** The translation of an element placed by translate(x y). */
    private static double[] translation(Element e) {
        String t = e.getAttribute("transform");
        assertTrue(t.startsWith("translate("), t);
        return numbers(t);
    }

    private static void expect(List<String> problems, int want, int got, String what) {
        if (want != got) {
            problems.add(what + ": expected " + want + ", got " + got);
        }
    }

    /** Coordinates are written with two decimals: within 0.005 of the display position. */
    private static void near(List<String> problems, double want, double got, String what) {
        if (!(Math.abs(want - got) <= 0.0051)) {
            problems.add(what + ": expected " + want + ", got " + got);
        }
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String serialize(Document doc) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }

    /** A short 1D run with both kernel views, as {@code run --png} draws it. */
    /** Chart data of {@code sample} trained {@code steps} steps with both kernel flows, as {@code run --png} draws it. */
    private static ChartData data(String sample, int steps) throws Exception {
        Session s = SessionArgument.load(sample);
        Setup setup = Setup.of(s.withTraining(s.training().withSteps(steps)));
        Map<KernelFlowKind, KernelFlow> flows = new EnumMap<>(KernelFlowKind.class);
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            flows.put(kind, setup.kernelFlow(kind));
        }
        PngCharts charts = new PngCharts(setup, flows);
        new ExperimentRunner(setup, 20, flows).run(charts::add);
        return charts.data();
    }
}
