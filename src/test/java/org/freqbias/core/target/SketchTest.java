package org.freqbias.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A sketched curve: jitter smoothed away, a curve drawn back and forth still a function, zero outside. */
class SketchTest {

    @Test
    void aJitteredStrokeOfASineComesOutCloseToTheSine() {
        Random random = new Random(3);
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -8 + 16.0 * i / (n - 1) + 0.02 * random.nextGaussian();
            y[i] = Math.sin(x[i]) + 0.05 * random.nextGaussian();   // a pixel or two of jitter
        }
        SampledTarget t = Sketch.toTarget(x, y, 20.0 / 1024);
        double worst = 0;
        for (double at = -7.5; at <= 7.5; at += 0.01) {
            worst = Math.max(worst, Math.abs(t.value(at) - Math.sin(at)));
        }
        // The jitter's deviation is 0.05 (its largest over the stroke about 0.18); measured 0.028 after binning and smoothing.
        assertTrue(worst < 0.08, "worst " + worst);
        assertTrue(t.points().length <= Sketch.MAX_BINS);
        assertEquals(0, t.value(-9), 0, "zero outside the stroke");
        assertEquals(0, t.value(8.5), 0);
    }

    @Test
    void backAndForthAveragesAndGapsAreFilled() {
        // Left to right at 1, back at 3: the mean 2; nothing drawn between 4 and 6 (a fast stroke).
        double[] x = {0, 1, 2, 4, 4, 2, 1, 0, 6, 8};
        double[] y = {1, 1, 1, 1, 3, 3, 3, 3, 2, 2};
        SampledTarget t = Sketch.toTarget(x, y, 1);
        assertEquals(2, t.value(1), 1e-9);
        assertEquals(2, t.value(5), 0.05, "the gap between 4 and 6 is filled linearly");
        assertEquals(2, t.value(8), 1e-9);
    }

    @Test
    void aDotIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sketch.toTarget(new double[] {1, 1.001}, new double[] {0, 1}, 0.02));
        assertTrue(e.getMessage().contains("drag across the chart"), e.getMessage());
    }
}
