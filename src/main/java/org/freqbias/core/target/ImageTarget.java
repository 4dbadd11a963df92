package org.freqbias.core.target;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A grayscale image stretched over [-L, L)^2 and read bilinearly, with values in [-1, 1] (black -1,
 * white +1) so that it has no large mean for the network to learn first. Row 0 of the image is
 * the top (x2 = +L), column 0 the left (x1 = -L).
 */
public final class ImageTarget implements Target2D {

    /** Largest side of a square image read, and the pixel bound it sets for any shape. */
    public static final int MAX_SIDE = 4096;
    public static final long MAX_PIXELS = (long) MAX_SIDE * MAX_SIDE;

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
        double top = (1L << image.getColorModel().getComponentSize(0)) - 1;   // 255, or 65535 for 16-bit gray
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

    /**
     * Reads a PNG (or any format ImageIO knows); says clearly when the file is not an image or is
     * larger than {@link #MAX_PIXELS}.
     */
    public static ImageTarget read(Path file, double halfWidth) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.toString(), halfWidth);
        }
    }

    /**
     * As {@link #read(Path, double)} from a stream (not closed here), {@code name} naming it in
     * messages. The size is read from the header before any pixel is decoded, so a small file that
     * claims a huge picture (a 389 KB PNG of 20000 x 20000 decodes to 3.6 GB) is refused cheaply.
     */
    public static ImageTarget read(InputStream in, String name, double halfWidth) throws IOException {
        ImageInputStream stream = ImageIO.createImageInputStream(in);
        if (stream == null) {
            throw new IOException(name + " cannot be read as an image");
        }
        try (stream) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new IOException(name + " is not an image ImageIO can read (use a PNG)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new IOException(String.format(java.util.Locale.ROOT, "%s is %d x %d pixels; at most %d x %d "
                            + "(%.0f M pixels) are read, this one would take about %.1f GB decoded: scale it down "
                            + "(it is resampled to the grid, at most 256 x 256, anyway)", name, width, height,
                            MAX_SIDE, MAX_SIDE, MAX_PIXELS / 1e6, width * height * 12 / 1e9));
                }
                return new ImageTarget(reader.read(0), halfWidth);
            } finally {
                reader.dispose();
            }
        }
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

    /**
     * Writes the gray levels as a 16-bit gray PNG that {@link #read} maps back to the same target:
     * level v becomes the sample round((v + 1) / 2 x 65535), exactly the level again for 8- and
     * 16-bit gray pictures (an 8-bit level k is the 16-bit sample 257 k), within 2^-16 for a colour
     * picture's luminance. The stream is not closed.
     */
    public void writeGrayPng(OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, (int) Math.round((gray[y * width + x] + 1) / 2 * 65535));
            }
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }

    /** Pixels of the image as read (width x height). */
    public long pixels() {
        return (long) width * height;
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
