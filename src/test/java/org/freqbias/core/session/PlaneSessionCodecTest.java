package org.freqbias.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.target.Checkerboard;
import org.freqbias.core.target.PlaneWave;
import org.freqbias.core.target.PlaneWaves;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2D session keys: what they build, their round trip, and errors that name the field. */
class PlaneSessionCodecTest {

    static final String PLANE = """
            { "name": "p", "description": "d",
              "domain": { "dimension": 2, "halfWidth": 8.0, "samples": 32 },
              "target": { "type": "planeWaves", "envelopeWidth": 1.5,
                          "components": [ { "frequency": [3.0, 0.0], "amplitude": 1.0 },
                                          { "frequency": [2.0, 5.0], "amplitude": 0.5 } ] },
              "distribution": { "type": "gaussian", "sigma": 4.0 },
              "network": { "width": 64, "sigmaA": 1.0 },
              "training": { "learningRate": 0.01, "steps": 20, "snapshotEvery": 5 } }
            """;

    private static SessionException error(String json) {
        return assertThrows(SessionException.class, () -> SessionFiles.parse(json, "test"));
    }

    @Test
    void planeWavesBuildTheTargetRadialByDefaultAndOneElementPerFrequency() {
        Session s = SessionFiles.parse(PLANE, "test");
        assertTrue(s.isPlane());
        assertEquals(new PlaneWaves(1.5, java.util.List.of(new PlaneWave(3, 0, 1), new PlaneWave(2, 5, 0.5))), s.plane().target());
        assertEquals(PlaneSpec.Shape.RADIAL, s.plane().shape());
        assertInstanceOf(RadialDistribution.class, s.distribution2D());
        assertEquals(64, s.pde().elements(), "default 2D mesh: two elements per FFT spacing");
        assertEquals(s, SessionFiles.parse(SessionFiles.toJsonString(s), "round trip"));
    }

    @Test
    void productShapeAndCheckerboardRoundTrip() {
        String json = PLANE.replace("\"sigma\": 4.0 }", "\"sigma\": 4.0, \"shape\": \"product\" }")
                .replaceAll("(?s)\"target\": \\{.*?] },", "\"target\": { \"type\": \"checkerboard\", \"cells\": 8 },");
        Session s = SessionFiles.parse(json, "test");
        assertEquals(new Checkerboard(8, 8.0), s.plane().target());
        assertEquals(new ProductDistribution(new Gaussian(4)), s.distribution2D());
        assertEquals(s, SessionFiles.parse(SessionFiles.toJsonString(s), "round trip"));
    }

    @Test
    void imagePathIsRelativeToTheSessionFileAndWrittenBackAsGiven(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pics"));
        BufferedImage white = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                white.setRGB(x, y, 0xFFFFFF);
            }
        }
        ImageIO.write(white, "png", dir.resolve("pics/white.png").toFile());
        String json = PLANE.replaceAll("(?s)\"target\": \\{.*?] },", "\"target\": { \"type\": \"image\", \"path\": \"pics/white.png\" },");
        Path file = Files.writeString(dir.resolve("s.json"), json);
        Session s = SessionFiles.load(file);
        ImageFile image = assertInstanceOf(ImageFile.class, s.plane().target());
        assertEquals(1.0, image.value(0.3, -2.0), 1e-12, "white is +1");
        assertEquals("pics/white.png", SessionCodec.toJson(s).get("target").get("path").asText());

        Path elsewhere = Files.writeString(Files.createDirectories(dir.resolve("other")).resolve("s.json"), json);
        assertTrue(assertThrows(SessionException.class, () -> SessionFiles.load(elsewhere)).getMessage().contains("target.path"));
        Files.writeString(dir.resolve("pics/white.png"), "not a png");
        SessionException broken = assertThrows(SessionException.class, () -> SessionFiles.load(file));
        assertTrue(broken.getMessage().contains("target.path"), broken.getMessage());
    }

    @Test
    void targetsOfTheOtherDimensionAreRefusedByField() {
        SessionException e = error(PLANE.replace("\"planeWaves\"", "\"wavePacket\""));
        assertTrue(e.getMessage().contains("target.type") && e.getMessage().contains("1D target"), e.getMessage());
        String oneD = SessionCodecTest.VALID.replace("{ \"type\": \"wavePacket\", \"envelopeWidth\": 1.0,",
                "{ \"type\": \"checkerboard\", \"cells\": 4, \"envelopeWidth\": 1.0,");
        e = error(oneD);
        assertTrue(e.getMessage().contains("target.type") && e.getMessage().contains("2D target"), e.getMessage());
        e = error(SessionCodecTest.VALID.replace("\"sigma\": 4.0 }", "\"sigma\": 4.0, \"shape\": \"radial\" }"));
        assertTrue(e.getMessage().contains("distribution.shape"), e.getMessage());
    }

    @Test
    void planeErrorsNameTheField() {
        assertTrue(error(PLANE.replace("\"samples\": 32", "\"samples\": 512")).getMessage().contains("domain.samples"));
        assertTrue(error(PLANE.replace("\"dimension\": 2", "\"dimension\": 3")).getMessage().contains("domain.dimension"));
        assertTrue(error(PLANE.replace("[3.0, 0.0]", "3.0")).getMessage().contains("target.components[0].frequency"));
        assertTrue(error(PLANE.replace("[2.0, 5.0]", "[0, 0]")).getMessage().contains("target.components[1].frequency"));
        assertTrue(error(PLANE.replace("\"sigma\": 4.0 }", "\"sigma\": 4.0, \"shape\": \"disk\" }")).getMessage()
                .contains("distribution.shape"));
        assertTrue(error(PLANE.replace("\"sigmaA\": 1.0", "\"sigmaA\": 1.0, \"hiddenLayers\": [8, -2]")).getMessage()
                .contains("network.hiddenLayers"));
        assertTrue(error(PLANE.replace("\"snapshotEvery\": 5 } }", "\"snapshotEvery\": 5 }, \"pde\": { \"elements\": 4096 } }"))
                .getMessage().contains("pde.elements"));
    }
}
