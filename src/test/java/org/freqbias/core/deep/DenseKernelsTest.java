package org.freqbias.core.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The blocked products against the textbook triple loop, on every remainder of the blocking. */
class DenseKernelsTest {

    @Test
    void blockedProductsEqualTheTripleLoop() {
        SplittableRandom rng = new SplittableRandom(2);
        for (int rows = 1; rows <= 7; rows++) {
            for (int inner = 1; inner <= 7; inner++) {
                for (int cols = 1; cols <= 5; cols++) {
                    double[] a = gaussian(rng, rows * inner);
                    double[] b = gaussian(rng, 3 + inner * cols);
                    double[] bt = gaussian(rng, rows * cols);
                    double[] c = gaussian(rng, rows * cols);
                    double[] ct = gaussian(rng, 2 + inner * cols);
                    double[] c0 = c.clone();
                    double[] ct0 = ct.clone();
                    DenseKernels.multiplyAdd(a, b, 3, c, rows, inner, cols, 0.7);
                    DenseKernels.transposeMultiplyAdd(a, bt, ct, 2, rows, inner, cols, 0.7);
                    for (int i = 0; i < rows; i++) {
                        for (int o = 0; o < cols; o++) {
                            double s = c0[i * cols + o];
                            for (int j = 0; j < inner; j++) {
                                s += 0.7 * a[i * inner + j] * b[3 + j * cols + o];
                            }
                            assertEquals(s, c[i * cols + o], 1e-13);
                        }
                    }
                    for (int j = 0; j < inner; j++) {
                        for (int o = 0; o < cols; o++) {
                            double s = ct0[2 + j * cols + o];
                            for (int i = 0; i < rows; i++) {
                                s += 0.7 * a[i * inner + j] * bt[i * cols + o];
                            }
                            assertEquals(s, ct[2 + j * cols + o], 1e-13);
                        }
                    }
                    assertEquals(ct0[0], ct[0], 0.0);
                }
            }
        }
    }

    @Test
    void transposeSwapsIndices() {
        double[] out = new double[6];
        DenseKernels.transpose(new double[] {9, 1, 2, 3, 4, 5, 6}, 1, 2, 3, out);
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, out, 0.0);
    }

    private static double[] gaussian(SplittableRandom rng, int n) {
        double[] v = new double[n];
        for (int q = 0; q < n; q++) {
            v[q] = rng.nextGaussian();
        }
        return v;
    }
}
