package org.freqbias.core.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearestTest {

    /** The plain linear search the binary search replaces: the first index of least distance. */
    private static int linear(double[] values, double t) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i] - t) < Math.abs(values[best] - t)) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void findsWhatTheLinearSearchFindsWithRepeatsTiesAndPointsOutside() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + random.nextInt(40);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(20) * 0.5; // on a grid: repeated values and exact ties
            }
            Arrays.sort(values);
            for (double t = -1.25; t <= 11; t += 0.25) {
                assertEquals(linear(values, t), Nearest.index(i -> values[i], n, t),
                        "t = " + t + " in " + Arrays.toString(values));
            }
        }
    }

    @Test
    void readsLogarithmicallyManyValues() {
        int n = 1 << 20;
        int[] reads = new int[1];
        int found = Nearest.index(i -> {
            reads[0]++;
            return i;
        }, n, 777_777.4);
        assertEquals(777_777, found);
        assertTrue(reads[0] <= 2 * 21 + 2, "reads: " + reads[0] + " for log2(n) = 20");
    }

    @Test
    void noValuesNoIndex() {
        assertEquals(-1, Nearest.index(i -> 0, 0, 1));
    }
}
