package org.freqbias.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SVG writer on a scene of every kind of node it translates, checked against the values set
 * on the nodes and against JavaFX's own rendering of the scene (rendered from the SVG by librsvg).
 */
class SvgWriterTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** The scene: a 320 x 220 white pane of shapes, text, images, a bordered region and a canvas. */
    private static Pane scene() {
        Pane root = new Pane();
        root.setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));

        javafx.scene.shape.Path path = new javafx.scene.shape.Path(new MoveTo(0, 0), new LineTo(120, 40), new QuadCurveTo(150, 80, 100, 110),
                new CubicCurveTo(60, 140, 20, 60, 10, 120), new ArcTo(30, 20, 0, 60, 150, false, true), new ClosePath());
        path.setStroke(Color.web("#2b7bd6"));
        path.setStrokeWidth(3);
        path.getStrokeDashArray().setAll(9.0, 5.0);
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        path.setFill(Color.web("#f07c19", 0.4));
        Group clipped = new Group(path);
        clipped.setClip(new Rectangle(10, 10, 100, 120));
        clipped.setRotate(20);
        clipped.relocate(20, 20);

        Text title = new Text("two lines\nof text");
        title.setFont(Font.font("System", FontWeight.BOLD, 16));
        title.setTextAlignment(TextAlignment.CENTER);
        title.setRotate(-90);
        title.relocate(150, 60);

        WritableImage image = new WritableImage(40, 30); // 4 x 3 blocks of 10 x 10 pixels
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                image.getPixelWriter().setColor(x, y, block(x / 10, y / 10));
            }
        }
        ImageView view = new ImageView(image);
        view.setViewport(new Rectangle2D(10, 0, 30, 30));
        view.setFitWidth(90);
        view.setFitHeight(60);
        view.setSmooth(false);
        view.setScaleY(-1); // mirrored: the SVG must mirror it too
        view.relocate(210, 10);

        Region box = new Region();
        box.setBackground(new Background(new BackgroundFill(Color.web("#e3f0fd"), new CornerRadii(8), Insets.EMPTY)));
        box.setBorder(new Border(new BorderStroke(Color.web("#c62828"), Color.TRANSPARENT, Color.web("#3aa655"),
                Color.web("#9467bd"), BorderStrokeStyle.SOLID, BorderStrokeStyle.SOLID, BorderStrokeStyle.SOLID,
                BorderStrokeStyle.SOLID, CornerRadii.EMPTY, new BorderWidths(4, 0, 2, 6), Insets.EMPTY)));
        box.setPrefSize(90, 50);
        box.relocate(210, 90);

        Arc arc = new Arc(60, 185, 30, 20, 30, 270);
        arc.setType(ArcType.ROUND);
        arc.setFill(Color.web("#3aa655"));
        Circle faded = new Circle(130, 185, 18, Color.web("#d43d51"));
        faded.setOpacity(0.5);
        Circle transparent = new Circle(170, 185, 18, Color.BLACK);
        transparent.setOpacity(0);
        Text hidden = new Text(170, 185, "hidden");
        hidden.setVisible(false);
        Canvas canvas = new Canvas(60, 40);
        canvas.getGraphicsContext2D().setFill(Color.web("#8c564b"));
        canvas.getGraphicsContext2D().fillOval(5, 5, 50, 30);
        canvas.relocate(230, 160);
        canvas.setOpacity(0.6);

        root.getChildren().addAll(clipped, title, view, box, arc, faded, transparent, hidden, canvas);
        new Scene(root, 320, 220);
        root.applyCss();
        root.layout();
        return root;
    }

    @Test
    void theSvgRendersAsJavaFxDrawsTheScene() throws Exception {
        Path png = dir.resolve("scene.png");
        Path svg = dir.resolve("scene.svg");
        HeadlessFx.call(() -> {
            Pane root = scene();
            PngWriter.write(root, 2, png);
            SvgWriter.write(root, svg);
            return null;
        });
        // At scale 2: the SVG scales as a vector picture.
        BufferedImage javafx = ImageIO.read(png.toFile());
        BufferedImage rendered = Rsvg.render(svg, 640, 440);
        RasterDifference d = RasterDifference.of(javafx, rendered, 4, 32);
        // Measured: mean 0.06 levels, 0.057 % of cells over 32 (anti-aliasing of text and dashes); tolerances about 3x.
        assertTrue(d.meanAbs() < 0.2 && d.fractionAbove() < 0.002, d::toString);
    }

    @Test
    void aNodeInsideASceneIsWrittenAsItsSnapshotShowsIt() throws Exception {
        // As exporting one chart of the window: the node's bounds in its parent are the origin.
        Path png = dir.resolve("box.png");
        Path svg = dir.resolve("box.svg");
        HeadlessFx.call(() -> {
            Node box = scene().getChildren().get(3);
            PngWriter.write(box, 2, png);
            SvgWriter.write(box, svg);
            return null;
        });
        BufferedImage javafx = ImageIO.read(png.toFile());
        assertEquals(180, javafx.getWidth());
        RasterDifference d = RasterDifference.of(javafx, Rsvg.render(svg, 180, 100), 4, 32);
        // Measured: 0.00 levels, no cell over 32 (straight edges on whole pixels); a wrong origin moves the box by 210 px.
        assertTrue(d.meanAbs() < 0.1 && d.fractionAbove() < 0.001, d::toString);
    }

    @Test
    void offTheFxThreadItRefusesToRead() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SvgWriter.toSvg(new Pane()));
        assertTrue(e.getMessage().contains("FX thread"), e.getMessage());
    }

    @Test
    void eachNodeBecomesTheElementItsValuesSay() throws Exception {
        String svg = HeadlessFx.call(() -> SvgWriter.toSvg(scene()));
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals("320", root.getAttribute("width"));
        assertEquals("0 0 320 220", root.getAttribute("viewBox"));

        Element path = only(doc, "path", e -> e.getAttribute("stroke").equals("#2b7bd6"));
        assertEquals("M0 0L120 40Q150 80 100 110C60 140 20 60 10 120A30 20 0 0 1 60 150Z", path.getAttribute("d"));
        assertEquals("9 5", path.getAttribute("stroke-dasharray"));
        assertEquals("3", path.getAttribute("stroke-width"));
        assertEquals("round", path.getAttribute("stroke-linejoin"));
        assertEquals("square", path.getAttribute("stroke-linecap"), "JavaFX's default cap, not SVG's");
        assertEquals("#f07c19", path.getAttribute("fill"));
        assertEquals("0.4", path.getAttribute("fill-opacity"));
        Element clippedGroup = (Element) path.getParentNode();
        assertTrue(clippedGroup.getAttribute("transform").contains("rotate(20)"), clippedGroup.getAttribute("transform"));
        String clipId = clippedGroup.getAttribute("clip-path").replaceAll("url\\(#(.*)\\)", "$1");
        Element clipRect = only(doc, "rect", e -> ((Element) e.getParentNode()).getAttribute("id").equals(clipId));
        assertEquals(List.of("10", "10", "100", "120"), List.of(clipRect.getAttribute("x"), clipRect.getAttribute("y"),
                clipRect.getAttribute("width"), clipRect.getAttribute("height")));

        Element text = only(doc, "text", e -> e.getTextContent().contains("two lines"));
        NodeList spans = text.getElementsByTagName("tspan");
        assertEquals(List.of("two lines", "of text"), List.of(spans.item(0).getTextContent(), spans.item(1).getTextContent()));
        assertEquals("middle", text.getAttribute("text-anchor"));
        assertEquals("bold", text.getAttribute("font-weight"));
        assertEquals("16", text.getAttribute("font-size"));
        assertTrue(text.getAttribute("transform").endsWith("rotate(-90)"), text.getAttribute("transform"));
        assertFalse(svg.contains("hidden"), "an invisible text is left out");
        assertEquals(1, doc.getElementsByTagName("circle").getLength(), "the fully transparent circle is left out");
        assertEquals("0.5", only(doc, "circle", e -> true).getAttribute("opacity"));

        // The image: exactly the viewport's pixels, in the image's own orientation, mirrored by the transform.
        Element image = only(doc, "image", e -> e.getAttribute("width").equals("90"));
        assertEquals("optimizeSpeed", image.getAttribute("image-rendering"));
        assertTrue(image.getAttribute("transform").contains("matrix(1 0 0 -1 "), image.getAttribute("transform"));
        BufferedImage pixels = decode(image);
        assertEquals(30, pixels.getWidth());
        assertEquals(30, pixels.getHeight());
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 30; x++) {
                assertEquals(argb(block(x / 10 + 1, y / 10)), pixels.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        // The canvas has no vector form: a snapshot of it, over its bounds.
        Element canvas = only(doc, "image", e -> e.getAttribute("width").equals("60"));
        assertEquals(List.of("230", "160", "40"), List.of(canvas.getAttribute("x"), canvas.getAttribute("y"), canvas.getAttribute("height")));
        assertEquals(120, decode(canvas).getWidth(), "rasterized at twice its size");

        // Borders whose sides differ: one line per visible side, the transparent right side left out.
        List<String> sides = new ArrayList<>();
        NodeList lines = doc.getElementsByTagName("line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            sides.add(l.getAttribute("stroke") + " " + l.getAttribute("stroke-width"));
        }
        assertEquals(List.of("#c62828 4", "#3aa655 2", "#9467bd 6"), sides);
    }

    @Test
    void textIsEscapedAndNumbersAreShort() throws Exception {
        String svg = HeadlessFx.call(() -> {
            Text t = new Text(10, 20, "a < b & \"c\"");
            Pane root = new Pane(t);
            new Scene(root, 100, 40);
            return SvgWriter.toSvg(root);
        });
        assertEquals("a < b & \"c\"", parse(svg).getElementsByTagName("text").item(0).getTextContent());
        assertEquals("12", SvgElement.num(12.0001));
        assertEquals("12.5", SvgElement.num(12.5));
        assertEquals("-0.25", SvgElement.num(-0.25));
        assertEquals("0.05", SvgElement.num(0.05));
        assertEquals("0", SvgElement.num(-0.001));
        assertEquals("123456.79", SvgElement.num(123456.789));
        assertEquals("0", SvgElement.num(Double.NaN));
        assertEquals("0.7071", SvgElement.num(Math.sqrt(0.5), 4));
    }

    @Test
    void aMissingRendererFailsWithTheInstallCommand() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Rsvg.executable("/nonexistent"));
        assertTrue(e.getMessage().contains("apt-get install -y librsvg2-bin"), e.getMessage());
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static Element only(Document doc, String tag, java.util.function.Predicate<Element> filter) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            if (filter.test((Element) all.item(i))) {
                found.add((Element) all.item(i));
            }
        }
        assertEquals(1, found.size(), "one matching <" + tag + ">");
        return found.get(0);
    }

    private static BufferedImage decode(Element image) throws Exception {
        String href = image.getAttributeNS("http://www.w3.org/1999/xlink", "href");
        assertTrue(href.startsWith("data:image/png;base64,"), href.substring(0, 30));
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1))));
    }

    /** The colour of block (bx, by) of the test image. */
    private static Color block(int bx, int by) {
        return Color.hsb(90 * bx, 0.8, 0.4 + 0.3 * by);
    }

    private static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
