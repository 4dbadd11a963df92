package org.freqbias.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.spectrum.Spectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.freqbias.core.spectrum.PlaneGrid;

class Target2DTest {

    @Test
    void checkerboardAlternatesAndPeaksAtItsFundamental() {
        Domain domain = new Domain(2, 8, 64);
        Checkerboard board = new Checkerboard(8, 8);
        double[] g = board.sample(domain);
        for (double v : g) {
            assertEquals(1, Math.abs(v), 0);
        }
        Spectrum s = Spectrum.of(g, domain);
        double[] abs = s.abs();
        int best = 0;
        for (int c = 0; c < abs.length; c++) {
            best = abs[c] > abs[best] ? c : best;
        }
        double xi0 = board.nominalPeaks()[0][0];
        PlaneGrid grid = new PlaneGrid(domain.halfWidth(), domain.samples());
        assertEquals(xi0, Math.abs(grid.axisFrequency(best / 64)), grid.spacing() / 2);
        assertEquals(xi0, Math.abs(grid.axisFrequency(best % 64)), grid.spacing() / 2);
    }

    @Test
    void imageIsReadBilinearlyWithWhitePositive(@TempDir Path dir) throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xffffff); // top left white
        image.setRGB(1, 0, 0x000000);
        image.setRGB(0, 1, 0x000000);
        image.setRGB(1, 1, 0xffffff);
        Path file = dir.resolve("i.png");
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        ImageTarget target = ImageTarget.read(file, 1);
        assertEquals(1, target.value(-0.5, 0.5), 1e-12, "centre of the top-left pixel");
        assertEquals(-1, target.value(0.5, 0.5), 1e-12);
        assertEquals(0, target.value(0, 0), 1e-12, "the middle mixes all four");
        Path notImage = Files.writeString(dir.resolve("n.png"), "not an image");
        IOException e = assertThrows(IOException.class, () -> ImageTarget.read(notImage, 1));
        assertTrue(e.getMessage().contains("not an image"));
    }

    @Test
    void grayscalePngLevelsAreReadAsStoredWithoutAGammaShift(@TempDir Path dir) throws IOException {
        int[] levels = {0, 32, 128, 255};
        for (int type : new int[] {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY}) {
            BufferedImage image = new BufferedImage(4, 1, type);
            int top = type == BufferedImage.TYPE_BYTE_GRAY ? 255 : 65535;
            for (int x = 0; x < 4; x++) {
                image.getRaster().setSample(x, 0, 0, levels[x] * top / 255);
            }
            Path file = dir.resolve("g" + type + ".png");
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            ImageTarget target = ImageTarget.read(file, 2);
            for (int x = 0; x < 4; x++) {
                // centre of pixel x: x1 = -2 + (x + 0.5), any x2 (one row)
                assertEquals(2.0 * (levels[x] * top / 255) / top - 1, target.value(-1.5 + x, 0), 1e-12,
                        "level " + levels[x] + " of type " + type);
            }
        }
    }
}
