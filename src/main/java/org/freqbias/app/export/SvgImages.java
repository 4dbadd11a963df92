package org.freqbias.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Pixels in SVG: an {@link ImageView} as an {@code <image>} holding its own pixels as a base64
 * PNG (a heat map's 64 x 64 cells, not the 470 px they are stretched to), and any node the
 * writer cannot express as vectors (a Canvas, a node with an effect) as a snapshot.
 */
final class SvgImages {

    /** Pixels per unit of a rasterized node: sharp enough for print at the charts' sizes. */
    static final double RASTER_SCALE = 2;

    private SvgImages() {
    }

    /**
     * The image of {@code view} (its viewport only) stretched over the view's layout bounds, as
     * JavaFX draws it; unsmoothed views stay unsmoothed (pixelated). Null for no or a broken image.
     */
    static SvgElement element(ImageView view) {
        Image image = view.getImage();
        if (image == null || image.isError() || image.getPixelReader() == null || image.getWidth() < 1) {
            return null;
        }
        Rectangle2D port = view.getViewport();
        Image pixels = image;
        if (port != null && port.getWidth() >= 1 && port.getHeight() >= 1) {
            int x = (int) Math.max(0, Math.floor(port.getMinX()));
            int y = (int) Math.max(0, Math.floor(port.getMinY()));
            int w = (int) Math.min(image.getWidth() - x, Math.round(port.getWidth()));
            int h = (int) Math.min(image.getHeight() - y, Math.round(port.getHeight()));
            if (w < 1 || h < 1) {
                return null;
            }
            pixels = new WritableImage(image.getPixelReader(), x, y, w, h);
        }
        Bounds b = view.getLayoutBounds();
        if (!(b.getWidth() > 0 && b.getHeight() > 0)) {
            return null;
        }
        SvgElement e = image(pixels, b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()).classes(view.getStyleClass());
        if (!view.isSmooth()) {
            // SVG 1.1's hint, and the CSS value that current renderers honour.
            e.attr("image-rendering", "optimizeSpeed").attr("style", "image-rendering:pixelated");
        }
        return e;
    }

    /**
     * A snapshot of {@code node} (with its transforms, clip, opacity and effect, as JavaFX draws it)
     * at {@link #RASTER_SCALE}, placed over the node's bounds in its parent's coordinates.
     */
    static SvgElement raster(Node node) {
        Bounds b = node.getBoundsInParent();
        if (!(b.getWidth() > 0 && b.getHeight() > 0)) {
            return null;
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(Transform.scale(RASTER_SCALE, RASTER_SCALE));
        WritableImage shot = node.snapshot(params, null);
        return image(shot, b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    private static SvgElement image(Image pixels, double x, double y, double w, double h) {
        return new SvgElement("image").attr("x", x).attr("y", y).attr("width", w).attr("height", h)
                .attr("preserveAspectRatio", "none").attr("xlink:href", "data:image/png;base64," + base64Png(pixels));
    }

    /** The image as a PNG file, base64-encoded. */
    static String base64Png(Image image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", bytes)) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
