package org.freqbias.app.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;
import org.freqbias.core.io.AtomicFiles;

/**
 * Writes a laid-out JavaFX node as SVG 1.1 by walking its scene graph: text as {@code <text>},
 * shapes (chart series, grid lines, ticks, legend samples) as paths and lines, region backgrounds
 * and borders as rectangles, images (heat maps, colour bars) as embedded PNGs, each node's
 * transform, opacity and clip as a group. Invisible and fully transparent nodes are skipped, and
 * so are groups that draw nothing. What SVG cannot say as vectors here (a Canvas, an effect, an
 * image pattern, a shaped region) is embedded as a snapshot of that node, so nothing drawn is lost.
 *
 * <p>The picture covers what {@link PngWriter} covers: the node's layout size, its bounds in the
 * parent at the origin (a snapshot rounds that origin down to a whole pixel of its output, the SVG
 * keeps it exact: they differ only for a node at a fractional position, which charts are not). Library alternatives (JFreeSVG and the like) are Graphics2D
 * implementations, which JavaFX never draws through: they would need every chart drawn twice.
 */
public final class SvgWriter {

    private final SvgDocument doc = new SvgDocument();

    private SvgWriter() {
    }

    /** Writes {@code node} (FX thread) as an SVG file; the file appears atomically. */
    public static void write(Node node, Path file) throws IOException {
        AtomicFiles.writeString(file, toSvg(node));
    }

    /**
     * {@code node} as an SVG document (FX thread): CSS and layout are brought up to date first,
     * as a snapshot does. Width and height are the node's layout size in pixels.
     */
    public static String toSvg(Node node) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("SvgWriter reads the scene graph: call it on the FX thread (HeadlessFx.call)");
        }
        node.applyCss();
        if (node instanceof Parent p) {
            p.layout();
        }
        SvgWriter writer = new SvgWriter();
        StringBuilder content = new StringBuilder();
        writer.node(node, content);
        Bounds layout = node.getLayoutBounds();
        Bounds inParent = node.getBoundsInParent();
        String w = SvgElement.num(layout.getWidth());
        String h = SvgElement.num(layout.getHeight());
        StringBuilder svg = new StringBuilder(content.length() + 512);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"")
                .append(" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\">\n")
                .append(writer.doc.defs());
        // As a snapshot: the top-left corner of the node's bounds in its parent is the origin.
        String origin = SvgDocument.transform(Transform.translate(-inParent.getMinX(), -inParent.getMinY()));
        wrap(content, origin == null ? null : new SvgElement("g").attr("transform", origin), svg);
        return svg.append("</svg>\n").toString();
    }

    /** Appends {@code n} in its parent's coordinates: a leaf element or a group of its children. */
    private void node(Node n, StringBuilder out) {
        if (!n.isVisible() || n.getOpacity() <= 0) {
            return;
        }
        if (needsRaster(n)) {
            SvgElement image = SvgImages.raster(n);
            if (image != null) {
                image.appendTo(out);
            }
            return;
        }
        if (n instanceof Parent p) {
            StringBuilder inner = new StringBuilder();
            if (n instanceof Region r) {
                SvgRegions.decoration(r, doc, inner);
            }
            for (Node child : p.getChildrenUnmodifiable()) {
                node(child, inner);
            }
            if (inner.length() > 0) {
                SvgElement group = decorate(n, new SvgElement("g"));
                wrap(inner, group.isBare() ? null : group, out);
            }
            return;
        }
        SvgElement leaf = n instanceof Text t ? SvgText.element(t, doc)
                : n instanceof Shape s ? SvgShapes.element(s, doc)
                : SvgImages.element((ImageView) n); // needsRaster let only these three through
        if (leaf != null) {
            decorate(n, leaf).appendTo(out);
        }
    }

    /** Adds what places {@code n} in its parent: transform, opacity and clip. */
    private SvgElement decorate(Node n, SvgElement e) {
        e.attr("transform", SvgDocument.transform(n.getLocalToParentTransform()));
        if (n.getOpacity() < 1) {
            e.attr("opacity", SvgElement.num(n.getOpacity(), 3));
        }
        if (n.getClip() instanceof Shape clip) {
            // In SVG the clip path lies in the element's user space, its transform included, as in JavaFX.
            SvgElement shape = SvgShapes.geometry(clip).attr("transform", SvgDocument.transform(clip.getLocalToParentTransform()));
            String id = doc.newId("c");
            StringBuilder def = new StringBuilder("<clipPath id=\"" + id + "\">\n");
            shape.appendTo(def);
            doc.define(def.append("</clipPath>\n").toString());
            e.attr("clip-path", "url(#" + id + ")");
        }
        return e;
    }

    /** What this writer cannot express as vectors: effects, unusual clips, paints and regions, and nodes that are neither shapes, images nor parents. */
    private static boolean needsRaster(Node n) {
        if (n.getEffect() != null) {
            return true;
        }
        if (n.getClip() != null && !(n.getClip() instanceof Shape clip && !(clip instanceof Text) && SvgShapes.geometry(clip) != null)) {
            return true;
        }
        if (n instanceof Region r) {
            return !SvgRegions.supports(r);
        }
        if (n instanceof Text t) {
            return !SvgDocument.translatable(t.getFill()) || !SvgDocument.translatable(t.getStroke());
        }
        if (n instanceof Shape s) {
            return !SvgShapes.supports(s);
        }
        return !(n instanceof Parent || n instanceof ImageView);
    }

    /** Appends {@code content} inside {@code group}, or as is when there is no group. */
    private static void wrap(CharSequence content, SvgElement group, StringBuilder out) {
        if (group == null) {
            out.append(content);
            return;
        }
        group.markup("\n" + content).appendTo(out);
    }
}
