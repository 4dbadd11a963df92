package org.freqbias.core.target;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A grayscale image stretched over [-L, L)^2 and read bilinearly, with values in [-1, 1] (black -1,
 * white +1) so that it has no large mean for the network to learn first. Row 0 of the image is
 * the top (x2 = +L), column 0 the left (x1 = -L).
 */
public final class ImageTarget implements Target2D {

    private final int width;
    private final int height;
    private final double[] gray;
    private final double halfWidth;

    public ImageTarget(BufferedImage image, double halfWidth) {
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.halfWidth = halfWidth;
        this.gray = new double[width * height];
        boolean grayscale = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        Raster raster = image.getRaster();
        double top = (1 << image.getColorModel().getComponentSize(0)) - 1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                gray[y * width + x] = 2 * (grayscale ? raster.getSample(x, y, 0) / top : luminance(image.getRGB(x, y))) - 1;
            }
        }
    }

    /**
     * Rec. 601 luminance in [0, 1] of a packed sRGB pixel. Gray images are read from their raster
     * instead: getRGB converts a linear-gray colour space to sRGB, which would turn the stored level
     * 128 into 186 and so brighten every mid-tone of a grayscale PNG.
     */
    private static double luminance(int rgb) {
        return (0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255)) / 255;
    }

    /** Reads a PNG (or any format ImageIO knows); says clearly when the file is not an image. */
    public static ImageTarget read(Path file, double halfWidth) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.toString(), halfWidth);
        }
    }

    /**
     * As {@link #read(Path, double)} from a stream (not closed here), {@code name} naming it in messages.
     */
    public static ImageTarget read(InputStream in, String name, double halfWidth) throws IOException {
        BufferedImage image = ImageIO.read(in);
        if (image == null) {
            throw new IOException(name + " is not an image ImageIO can read (use a PNG)");
        }
        return new ImageTarget(image, halfWidth);
    }

    @Override
    public double value(double x1, double x2) {
        double px = (x1 + halfWidth) / (2 * halfWidth) * width - 0.5;
        double py = (halfWidth - x2) / (2 * halfWidth) * height - 0.5;
        int x0 = (int) Math.floor(px);
        int y0 = (int) Math.floor(py);
        double fx = px - x0;
        double fy = py - y0;
        return (1 - fy) * ((1 - fx) * pixel(x0, y0) + fx * pixel(x0 + 1, y0))
                + fy * ((1 - fx) * pixel(x0, y0 + 1) + fx * pixel(x0 + 1, y0 + 1));
    }

    private double pixel(int x, int y) {
        int cx = Math.max(0, Math.min(width - 1, x));
        int cy = Math.max(0, Math.min(height - 1, y));
        return gray[cy * width + cx];
    }

    @Override
    public double[][] nominalPeaks() {
        return new double[0][];
    }

    /** Equal when the same pixels are stretched over the same window. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ImageTarget t && width == t.width && height == t.height && halfWidth == t.halfWidth
                && java.util.Arrays.equals(gray, t.gray);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(width, height, halfWidth, java.util.Arrays.hashCode(gray));
    }
}
