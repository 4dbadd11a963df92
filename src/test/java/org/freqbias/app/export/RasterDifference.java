package org.freqbias.app.export;

import java.awt.image.BufferedImage;

/**
 * How far two renderings of one picture differ at low resolution: both are composited over white
 * and averaged over {@code block} x {@code block} pixel cells per colour channel, which forgives
 * anti-aliasing and sub-pixel glyph placement but not a missing curve or label.
 *
 * @param meanAbs mean over cells and channels of |a - b|, in levels of 0..255
 * @param fractionAbove fraction of cells whose largest channel difference exceeds the threshold
 * @param worst largest channel difference of any cell
 */
public record RasterDifference(double meanAbs, double fractionAbove, int worst) {

    /** Compares {@code a} and {@code b} (same size) in cells of {@code block} pixels; counts cells differing by more than {@code threshold}. */
    public static RasterDifference of(BufferedImage a, BufferedImage b, int block, int threshold) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException("sizes differ: " + a.getWidth() + "x" + a.getHeight() + " vs "
                    + b.getWidth() + "x" + b.getHeight());
        }
        double[][] ca = cells(a, block);
        double[][] cb = cells(b, block);
        double sum = 0;
        int above = 0;
        double worst = 0;
        for (int i = 0; i < ca.length; i++) {
            double cellWorst = 0;
            for (int ch = 0; ch < 3; ch++) {
                double d = Math.abs(ca[i][ch] - cb[i][ch]);
                sum += d;
                cellWorst = Math.max(cellWorst, d);
            }
            if (cellWorst > threshold) {
                above++;
            }
            worst = Math.max(worst, cellWorst);
        }
        return new RasterDifference(sum / (3.0 * ca.length), above / (double) ca.length, (int) Math.round(worst));
    }

    /** Mean R, G, B of each whole cell, row-major, each pixel composited over white first. */
    private static double[][] cells(BufferedImage image, int block) {
        int cols = image.getWidth() / block;
        int rows = image.getHeight() / block;
        double[][] out = new double[cols * rows][3];
        for (int y = 0; y < rows * block; y++) {
            for (int x = 0; x < cols * block; x++) {
                int argb = image.getRGB(x, y);
                double alpha = (argb >>> 24) / 255.0;
                double[] cell = out[(y / block) * cols + x / block];
                for (int ch = 0; ch < 3; ch++) {
                    int v = (argb >> (16 - 8 * ch)) & 255;
                    cell[ch] += alpha * v + (1 - alpha) * 255;
                }
            }
        }
        for (double[] cell : out) {
            for (int ch = 0; ch < 3; ch++) {
                cell[ch] /= block * block;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "mean |diff| %.2f levels, %.3f %% of cells over threshold, worst %d",
                meanAbs, 100 * fractionAbove, worst);
    }
}
