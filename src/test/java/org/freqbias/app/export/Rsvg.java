package org.freqbias.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * librsvg's {@code rsvg-convert}, the independent SVG renderer the SVG tests check against. Not
 * installed is a test failure that says how to install it, never a skip.
 */
public final class Rsvg {

    private static final String COMMAND = "rsvg-convert";

    private Rsvg() {
    }

    /** Renders {@code svg} to a {@code width} x {@code height} image with rsvg-convert (transparent where nothing is drawn). */
    public static BufferedImage render(Path svg, int width, int height) throws IOException, InterruptedException {
        Path png = svg.resolveSibling(svg.getFileName() + ".rsvg.png");
        Process p = new ProcessBuilder(executable(System.getenv().getOrDefault("PATH", "")).toString(), "-w", Integer.toString(width), "-h", Integer.toString(height),
                "-f", "png", "-o", png.toString(), svg.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(COMMAND + " did not finish in 120 s on " + svg);
        }
        assertEquals(0, p.exitValue(), COMMAND + " failed on " + svg + ": " + output);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(width, image.getWidth(), "rendered width");
        assertEquals(height, image.getHeight(), "rendered height");
        return image;
    }

    /** The rsvg-convert on {@code path} (a PATH value); fails the test with the install command when there is none. */
    static Path executable(String path) {
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, COMMAND);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail(COMMAND + " is not installed (not on PATH: " + path + "); the SVG tests render with it: "
                + "install librsvg2-bin (apt-get install -y librsvg2-bin), as .ci/run does");
    }
}
