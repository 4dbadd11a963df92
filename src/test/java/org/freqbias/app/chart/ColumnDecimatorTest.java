package org.freqbias.app.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnDecimatorTest {

    private static final PixelColumns COLUMNS = new PixelColumns(-1, 3, 300);

    /** A noisy curve with spikes over [-1.5, 3.5] (beyond the plot on both sides), x increasing. */
    private static double[][] noisy(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -1.5 + 5.0 * i / n;
            y[i] = Math.sin(7 * x[i]) + 0.3 * random.nextGaussian() + (random.nextInt(1000) == 0 ? 20 : 0);
        }
        return new double[][] {x, y};
    }

    /**
     * Against a plain per-column scan: each column keeps exactly its lowest and highest point (one
     * point when the column has one), in x order, every kept point is an input point, and beyond the
     * plot only the point nearest to it stays.
     */
    @Test
    void keepsTheLowestAndHighestPointOfEveryPixelColumn() {
        double[][] c = noisy(100_000, 3);
        Curve thin = ColumnDecimator.thin(c[0], c[1], COLUMNS);
        int kept = 0;
        int lastLeft = -1;
        int firstRight = -1;
        for (int col = 0; col < COLUMNS.count(); col++) {
            int lo = -1;
            int hi = -1;
            int count = 0;
            for (int i = 0; i < c[0].length; i++) {
                int k = COLUMNS.of(c[0][i]);
                if (k == col) {
                    count++;
                    lo = lo < 0 || c[1][i] < c[1][lo] ? i : lo;
                    hi = hi < 0 || c[1][i] > c[1][hi] ? i : hi;
                } else if (k < 0) {
                    lastLeft = i;
                } else if (k >= COLUMNS.count() && firstRight < 0) {
                    firstRight = i;
                }
            }
            if (count == 0) {
                continue;
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            assertEquals(c[0][first], thin.x()[1 + kept]);
            assertEquals(c[1][first], thin.y()[1 + kept]);
            kept++;
            if (first != second) {
                assertEquals(c[0][second], thin.x()[1 + kept]);
                assertEquals(c[1][second], thin.y()[1 + kept]);
                kept++;
            }
        }
        assertEquals(kept + 2, thin.size(), "two per column at most, and one point on each side of the plot");
        assertEquals(c[0][lastLeft], thin.x()[0], "the last point left of the plot");
        assertEquals(c[0][firstRight], thin.x()[thin.size() - 1], "the first point right of it");
        for (int i = 1; i < thin.size(); i++) {
            assertTrue(thin.x()[i - 1] <= thin.x()[i], "x order");
        }
    }

    /** However long the curve, at most two points per column and one on each side of the plot. */
    @Test
    void keptPointsAreBoundedByTheColumnsNotByTheLength() {
        for (int n : new int[] {10, 1_000, 1_000_000}) {
            double[][] c = noisy(n, n);
            Curve thin = ColumnDecimator.thin(c[0], c[1], COLUMNS);
            assertTrue(thin.size() <= 2 * COLUMNS.count() + 2, n + " points kept " + thin.size());
            assertEquals(Math.min(n, 4), Math.min(thin.size(), 4));
        }
        // A short curve keeps every point: fewer points than columns.
        double[] x = {0, 1, 2};
        double[] y = {5, -5, 5};
        Curve thin = ColumnDecimator.thin(x, y, COLUMNS);
        assertArrayEquals(x, thin.x());
        assertArrayEquals(y, thin.y());
    }

    /** A newest point shown without being kept gives what keeping it gives, and can be replaced. */
    @Test
    void aProvisionalLastPointDrawsAsIfKept() {
        double[][] c = noisy(5_000, 11);
        ColumnDecimator growing = new ColumnDecimator(COLUMNS);
        for (int i = 0; i < c[0].length; i++) {
            Curve provisional = growing.curveWith(c[0][i], c[1][i]);
            Curve kept = ColumnDecimator.thin(java.util.Arrays.copyOf(c[0], i + 1), java.util.Arrays.copyOf(c[1], i + 1), COLUMNS);
            if (i % 97 == 0 || i == c[0].length - 1) {
                assertArrayEquals(kept.x(), provisional.x(), "after " + i);
                assertArrayEquals(kept.y(), provisional.y(), "after " + i);
            }
            growing.add(c[0][i], c[1][i]);
        }
    }

    @Test
    void pointsWithANonFiniteCoordinateAreSkipped() {
        double[] x = {0, 1, Double.NaN, 2, 2.5};
        double[] y = {1, Double.NaN, 3, Double.POSITIVE_INFINITY, 4};
        Curve thin = ColumnDecimator.thin(x, y, COLUMNS);
        assertArrayEquals(new double[] {0, 2.5}, thin.x());
        assertArrayEquals(new double[] {1, 4}, thin.y());
    }
}
