package org.freqbias.app.chart;

import static org.freqbias.app.chart.RunFixture.fx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.freqbias.core.experiment.History;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Heat maps drawn in place: the same pixels as JavaFX's colour interpolation and the spectrogram's plain definition. */
class HeatMapTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** The colour map as it was computed before, through {@link Color#interpolate}: the reference. */
    private static int reference(Color[] anchors, double v) {
        double s = Math.max(0, Math.min(1, Double.isNaN(v) ? 0 : v)) * (anchors.length - 1);
        int i = Math.min(anchors.length - 2, (int) s);
        Color c = anchors[i].interpolate(anchors[i + 1], s - i);
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void colourMapsGiveThePixelsOfColorInterpolate() {
        Color[] viridis = {Color.rgb(68, 1, 84), Color.rgb(59, 82, 139), Color.rgb(33, 145, 140),
            Color.rgb(94, 201, 98), Color.rgb(253, 231, 37)};
        Color[] diverging = {Color.rgb(33, 102, 172), Color.rgb(146, 197, 222), Color.rgb(247, 247, 247),
            Color.rgb(244, 165, 130), Color.rgb(178, 24, 43)};
        for (int k = -1000; k <= 11000; k++) {
            double v = k / 10000.0;
            assertEquals(reference(viridis, v), ColourMap.VIRIDIS.argb(v), "viridis at " + v);
            assertEquals(reference(diverging, v), ColourMap.DIVERGING.argb(v), "diverging at " + v);
        }
        assertEquals(reference(viridis, Double.NaN), ColourMap.VIRIDIS.argb(Double.NaN));
    }

    private static Image networkImage(SpectrogramChart chart) {
        Node holder = chart.lookupAll(".heat-map-image").iterator().next();
        return ((ImageView) ((Pane) holder).getChildren().get(0)).getImage();
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }

    /**
     * The spectrogram's network image, built from cached rows and binary searches, has at every frame
     * the pixels of its plain definition: each of 160 rows shows the kept snapshot nearest to its time
     * (linear search over the copied rows), log10 |r^| over the band, blank above the newest snapshot.
     * Through a run whose history thins itself out, the image is the same object, written in place.
     */
    @Test
    void spectrogramRowsAreThoseOfANearestSnapshotSearch() throws Exception {
        try (RunFixture run = new RunFixture(400, 2, 16)) {
            SpectrogramChart chart = fx(SpectrogramChart::new);
            fx(() -> new Scene(chart, 700, 400));
            Image first = null;
            for (int frame = 0; frame < 25; frame++) {
                run.advance(frame % 3 == 0 ? 1 : 9);
                ChartData data = run.data();
                Image image = fx(() -> {
                    chart.render(data);
                    return networkImage(chart);
                });
                first = first == null ? image : first;
                assertSame(first, image, "one image, updated in place");
                assertArrayEquals(expectedPixels(data), fx(() -> pixels(image)), "frame " + frame);
            }
        }
    }

    /** The network image by its definition, top row first. */
    private static int[] expectedPixels(ChartData data) {
        double[] xi = data.magnitudes();
        int n = Band.count(xi, data.maxFrequency());
        double hi = Math.log10(LogScale.max(Band.head(data.facts().initialAbs(), n)));
        double lo = hi - 4;
        double total = data.totalTime();
        List<History.Row> rows = data.rows();
        double latest = rows.get(rows.size() - 1).time();
        int height = 160;
        int[] out = new int[height * n];
        for (int r = 0; r < height; r++) {
            double t = total * (r + 0.5) / height;
            int y = height - 1 - r;
            if (t > latest + 0.5 * total / height) {
                continue; // blank: transparent
            }
            int best = 0;
            for (int i = 1; i < rows.size(); i++) {
                if (Math.abs(rows.get(i).time() - t) < Math.abs(rows.get(best).time() - t)) {
                    best = i;
                }
            }
            double[] abs = rows.get(best).abs();
            for (int c = 0; c < n; c++) {
                double v = Math.log10(Math.max(abs[c], Math.pow(10, lo)));
                out[y * n + c] = ColourMap.VIRIDIS.argb((v - lo) / (hi - lo));
            }
        }
        return out;
    }

    /**
     * A heat map's axis has no ticks until it is given a range (over ValueAxis's default [0, 100]
     * it had made 100 tick labels on every map not yet drawn), then ticks on multiples of a 1-2-5 step.
     */
    @Test
    void multiplesAxisTicksOnlyOnceItHasARange() throws Exception {
        MultiplesAxis axis = fx(MultiplesAxis::new);
        fx(() -> {
            new Scene(new Pane(axis));
            axis.resize(300, 30);
            axis.layout();
            return null;
        });
        assertEquals(List.of(), fx(() -> List.copyOf(axis.getTickMarks())), "no range yet");
        List<Double> ticks = fx(() -> {
            axis.setRange(-8.4, 8.4, 9); // a step of 2: 16.8 / 9 = 1.87 rounds up to 2
            axis.layout();
            return axis.getTickMarks().stream().map(t -> t.getValue().doubleValue()).toList();
        });
        assertEquals(List.of(-8.0, -6.0, -4.0, -2.0, 0.0, 2.0, 4.0, 6.0, 8.0), ticks);
    }
}
