package org.freqbias.core.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The blocked row products against the textbook loops, on every remainder of the blocking. */
class RowKernelsTest {

    /** Sums of at most 7 products of N(0, 1) values: measured differences up to 9e-16. */
    private static final double TOLERANCE = 3e-15;

    @Test
    void productsEqualTheTripleLoop() {
        SplittableRandom rng = new SplittableRandom(2);
        for (int rows = 1; rows <= 7; rows++) {
            for (int inner = 1; inner <= 7; inner++) {
                for (int cols = 1; cols <= 9; cols += 4) {
                    double[][] a = gaussian(rng, rows, inner);
                    double[][] b = gaussian(rng, inner, cols);
                    double[][] bt = gaussian(rng, rows, cols);
                    double[][] c = gaussian(rng, rows, cols);
                    double[][] ct = gaussian(rng, inner, cols);
                    double[][] c0 = copy(c);
                    double[][] ct0 = copy(ct);
                    RowKernels.multiplyAdd(a, b, c, rows, 0.7);
                    RowKernels.transposeMultiplyAdd(a, bt, ct, rows, 0.7);
                    for (int i = 0; i < rows; i++) {
                        for (int o = 0; o < cols; o++) {
                            double s = c0[i][o];
                            for (int j = 0; j < inner; j++) {
                                s += 0.7 * a[i][j] * b[j][o];
                            }
                            assertEquals(s, c[i][o], TOLERANCE);
                        }
                    }
                    for (int j = 0; j < inner; j++) {
                        for (int o = 0; o < cols; o++) {
                            double s = ct0[j][o];
                            for (int i = 0; i < rows; i++) {
                                s += 0.7 * a[i][j] * bt[i][o];
                            }
                            assertEquals(s, ct[j][o], TOLERANCE);
                        }
                    }
                }
            }
        }
    }

    @Test
    void rowsBeyondTheCountAreLeftAlone() {
        SplittableRandom rng = new SplittableRandom(3);
        double[][] a = gaussian(rng, 6, 5);
        double[][] b = gaussian(rng, 5, 3);
        double[][] c = gaussian(rng, 6, 3);
        double[][] before = copy(c);
        RowKernels.multiplyAdd(a, b, c, 4, 1.0);
        for (int i = 4; i < 6; i++) {
            for (int o = 0; o < 3; o++) {
                assertEquals(before[i][o], c[i][o], 0.0);
            }
        }
    }

    @Test
    void weightedRowSumsAndDotProductsEqualTheLoops() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int rows = 1; rows <= 9; rows++) {
            double[][] b = gaussian(rng, rows, rows + 2);
            double[] w = gaussian(rng, 1, rows)[0];
            double[] c = gaussian(rng, 1, rows + 2)[0];
            double[] c0 = c.clone();
            RowKernels.addWeightedRows(c, b, w, rows, -1.5);
            for (int o = 0; o < c.length; o++) {
                double s = c0[o];
                for (int i = 0; i < rows; i++) {
                    s += -1.5 * w[i] * b[i][o];
                }
                assertEquals(s, c[o], TOLERANCE);
            }
            double dot = 0;
            for (int o = 0; o < c.length; o++) {
                dot += c[o] * b[0][o];
            }
            assertEquals(dot, RowKernels.dot(c, b[0]), TOLERANCE);
        }
    }

    private static double[][] copy(double[][] x) {
        double[][] y = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i].clone();
        }
        return y;
    }

    private static double[][] gaussian(SplittableRandom rng, int rows, int cols) {
        double[][] v = new double[rows][cols];
        for (double[] row : v) {
            for (int o = 0; o < cols; o++) {
                row[o] = rng.nextGaussian();
            }
        }
        return v;
    }
}
