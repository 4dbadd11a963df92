package org.freqbias.app.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.freqbias.core.io.AtomicFiles;

/** Writes a node as a PNG at {@code scale} times its layout size; the file appears atomically. */
public final class PngWriter {

    private PngWriter() {
    }

    /**
     * Snapshots {@code node} (FX thread) at {@code scale} and writes it to {@code file}. The image
     * is round(width * scale) x round(height * scale) pixels of the node's layout bounds.
     */
    public static void write(Node node, double scale, Path file) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        double w = node.getLayoutBounds().getWidth();
        double h = node.getLayoutBounds().getHeight();
        WritableImage image = node.snapshot(params, new WritableImage(
                (int) Math.round(w * scale), (int) Math.round(h * scale)));
        var buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
