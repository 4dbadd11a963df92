package org.freqbias.core.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.freqbias.core.grid.Domain;
import org.junit.jupiter.api.Test;

/** The rotation-table features against cos and sin of w . x at {@link Domain#points()}. */
class GridFeaturesTest {

    @Test
    void lineFeaturesMatchTheTrigonometricFunctions() {
        // N = 1024 (blocks of 32): measured largest difference 1.6e-13, for w = 0.99 x Nyquist at
        // |x| near 10 (phase ~1600, where the rounding of w x alone in Math.cos is 2e-13).
        assertTrue(largestError(Domain.line(10, 1024), 256) < 5e-13);
    }

    @Test
    void planeFeaturesMatchTheTrigonometricFunctions() {
        // 64 x 64 (blocks of 8 per axis): measured largest difference 1.7e-14.
        assertTrue(largestError(new Domain(2, 5, 64), 64) < 5e-14);
    }

    @Test
    void everyPointHasItsGridCoordinates() {
        Domain plane = new Domain(2, 3, 8);
        GridFeatures features = new GridFeatures(new ParameterLayout(new DeepNetworkSpec(2, 1, new int[0],
                Activation.TANH, 1, false)), plane);
        double[] points = plane.points();
        assertEquals(64, features.points());
        for (int i = 0; i < 64; i++) {
            assertEquals(points[2 * i], features.coordinate(i, 0), 0.0);
            assertEquals(points[2 * i + 1], features.coordinate(i, 1), 0.0);
        }
    }

    /**
     * The largest |difference| between the grid features and cos / sin of w_j . x_i over all points,
     * for m frequencies N(0, 4^2) per component plus two near the Nyquist frequency, filled in
     * chunks of 7 points.
     */
    private static double largestError(Domain domain, int m) {
        int d = domain.dimension();
        ParameterLayout layout = new ParameterLayout(new DeepNetworkSpec(d, m, new int[0], Activation.TANH, 1, false));
        double[] params = new double[layout.size()];
        SplittableRandom rng = new SplittableRandom(6);
        for (int q = 0; q < m * d; q++) {
            params[q] = 4 * rng.nextGaussian();
        }
        params[0] = 0.99 * domain.nyquist();
        params[m * d - 1] = -0.97 * domain.nyquist();
        GridFeatures features = new GridFeatures(layout, domain);
        features.load(params);
        double[] points = domain.points();
        double[][] z = new double[7][2 * m];
        double[][] scratch = new double[features.scratchRows()][m];
        double worst = 0;
        for (int first = 0; first < features.points(); first += z.length) {
            int count = Math.min(z.length, features.points() - first);
            features.fill(first, count, z, scratch);
            for (int r = 0; r < count; r++) {
                int i = first + r;
                for (int j = 0; j < m; j++) {
                    double phase = 0;
                    for (int a = 0; a < d; a++) {
                        phase += params[j * d + a] * points[i * d + a];
                    }
                    worst = Math.max(worst, Math.abs(z[r][j] - Math.cos(phase)));
                    worst = Math.max(worst, Math.abs(z[r][m + j] - Math.sin(phase)));
                }
            }
        }
        return worst;
    }
}
