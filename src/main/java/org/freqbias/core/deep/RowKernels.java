package org.freqbias.core.deep;

/**
 * Dense products on matrices stored as arrays of rows, accumulating into rows the caller owns.
 *
 * <p>Every product is a sequence of one row update, c[o] += s0 x0[o] + s1 x1[o] + s2 x2[o] +
 * s3 x3[o] over whole rows: one store, no index offset, the loop bound a row length. That is the
 * shape Java 17's C2 vectorizes (here 8 doubles per AVX-512 instruction); a second store, a fifth
 * term or an offset into a flat array makes it scalar again, two to three times slower (measured
 * on this machine: 0.09 against 0.19-0.29 ns per multiply-add on one core). Measured against
 * EJML's {@code CommonOps_DDRM.mult} and {@code CommonOps_MT_DDRM.mult} in
 * {@code org.freqbias.bench.DenseProductBenchmark}.
 */
public final class RowKernels {

    private RowKernels() {
    }

    /**
     * c[i] += alpha sum_j a[i][j] b[j] for i &lt; rows and j &lt; b.length: the product C += alpha A B
     * with A = a (rows x b.length), B = b (b.length x n) and C = c (rows x n). Only c is modified;
     * c must not share rows with a or b.
     */
    public static void multiplyAdd(double[][] a, double[][] b, double[][] c, int rows, double alpha) {
        int inner = b.length;
        // Four rows of C per pass, so the four rows of B a pass reads stay in L1 for all of them.
        for (int i0 = 0; i0 < rows; i0 += 4) {
            int end = Math.min(rows, i0 + 4);
            int j = 0;
            for (; j + 3 < inner; j += 4) {
                double[] b0 = b[j], b1 = b[j + 1], b2 = b[j + 2], b3 = b[j + 3];
                for (int i = i0; i < end; i++) {
                    double[] ai = a[i];
                    addRows(c[i], b0, b1, b2, b3, alpha * ai[j], alpha * ai[j + 1], alpha * ai[j + 2],
                            alpha * ai[j + 3]);
                }
            }
            for (; j < inner; j++) {
                for (int i = i0; i < end; i++) {
                    addRow(c[i], b[j], alpha * a[i][j]);
                }
            }
        }
    }

    /**
     * c[j] += alpha sum_i a[i][j] b[i] for i &lt; rows and j &lt; c.length: the product
     * C += alpha A^T B with A = a (rows x c.length), B = b (rows x n) and C = c (c.length x n). Only
     * c is modified; c must not share rows with a or b.
     */
    public static void transposeMultiplyAdd(double[][] a, double[][] b, double[][] c, int rows, double alpha) {
        int i = 0;
        for (; i + 3 < rows; i += 4) {
            double[] a0 = a[i], a1 = a[i + 1], a2 = a[i + 2], a3 = a[i + 3];
            double[] b0 = b[i], b1 = b[i + 1], b2 = b[i + 2], b3 = b[i + 3];
            for (int j = 0; j < c.length; j++) {
                addRows(c[j], b0, b1, b2, b3, alpha * a0[j], alpha * a1[j], alpha * a2[j], alpha * a3[j]);
            }
        }
        for (; i < rows; i++) {
            for (int j = 0; j < c.length; j++) {
                addRow(c[j], b[i], alpha * a[i][j]);
            }
        }
    }

    /**
     * c += alpha sum_i w[i] b[i] for i &lt; rows (a weighted sum of rows, C += alpha w^T B). Only c
     * is modified.
     */
    static void addWeightedRows(double[] c, double[][] b, double[] w, int rows, double alpha) {
        int i = 0;
        for (; i + 3 < rows; i += 4) {
            addRows(c, b[i], b[i + 1], b[i + 2], b[i + 3], alpha * w[i], alpha * w[i + 1], alpha * w[i + 2],
                    alpha * w[i + 3]);
        }
        for (; i < rows; i++) {
            addRow(c, b[i], alpha * w[i]);
        }
    }

    /** x . y over x.length entries, in four interleaved partial sums. */
    static double dot(double[] x, double[] y) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int o = 0;
        for (; o + 3 < x.length; o += 4) {
            s0 += x[o] * y[o];
            s1 += x[o + 1] * y[o + 1];
            s2 += x[o + 2] * y[o + 2];
            s3 += x[o + 3] * y[o + 3];
        }
        for (; o < x.length; o++) {
            s0 += x[o] * y[o];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** c[o] += s0 x0[o] + s1 x1[o] + s2 x2[o] + s3 x3[o] for o &lt; c.length: the vectorized core. */
    private static void addRows(double[] c, double[] x0, double[] x1, double[] x2, double[] x3, double s0, double s1,
            double s2, double s3) {
        for (int o = 0; o < c.length; o++) {
            c[o] += (s0 * x0[o] + s1 * x1[o]) + (s2 * x2[o] + s3 * x3[o]);
        }
    }

    /** c[o] += s x[o] for o &lt; c.length. Only c is modified. */
    static void addRow(double[] c, double[] x, double s) {
        for (int o = 0; o < c.length; o++) {
            c[o] += s * x[o];
        }
    }
}
