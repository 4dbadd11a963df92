package org.freqbias.core.deep;

/**
 * Row-major dense products that accumulate into arrays the caller owns. The inner loops run over
 * the contiguous last index, and each pass updates two output rows with four rank-one terms at
 * once, so every value loaded from B serves eight multiply-adds.
 */
final class DenseKernels {

    private DenseKernels() {
    }

    /**
     * c += alpha * A B, with A = a (rows x inner), B = b[bOff ..] (inner x cols) and c (rows x cols),
     * all row-major. Only {@code c} is modified; it must not alias {@code a} or {@code b}.
     */
    static void multiplyAdd(double[] a, double[] b, int bOff, double[] c, int rows, int inner, int cols, double alpha) {
        int i = 0;
        for (; i + 1 < rows; i += 2) {
            int a0 = i * inner;
            int a1 = a0 + inner;
            int c0 = i * cols;
            int c1 = c0 + cols;
            int j = 0;
            for (; j + 3 < inner; j += 4) {
                double s00 = alpha * a[a0 + j];
                double s01 = alpha * a[a0 + j + 1];
                double s02 = alpha * a[a0 + j + 2];
                double s03 = alpha * a[a0 + j + 3];
                double s10 = alpha * a[a1 + j];
                double s11 = alpha * a[a1 + j + 1];
                double s12 = alpha * a[a1 + j + 2];
                double s13 = alpha * a[a1 + j + 3];
                int b0 = bOff + j * cols;
                int b1 = b0 + cols;
                int b2 = b1 + cols;
                int b3 = b2 + cols;
                for (int o = 0; o < cols; o++) {
                    double x0 = b[b0 + o];
                    double x1 = b[b1 + o];
                    double x2 = b[b2 + o];
                    double x3 = b[b3 + o];
                    c[c0 + o] += s00 * x0 + s01 * x1 + s02 * x2 + s03 * x3;
                    c[c1 + o] += s10 * x0 + s11 * x1 + s12 * x2 + s13 * x3;
                }
            }
            for (; j < inner; j++) {
                axpy(alpha * a[a0 + j], b, bOff + j * cols, c, c0, cols);
                axpy(alpha * a[a1 + j], b, bOff + j * cols, c, c1, cols);
            }
        }
        for (; i < rows; i++) {
            for (int j = 0; j < inner; j++) {
                axpy(alpha * a[i * inner + j], b, bOff + j * cols, c, i * cols, cols);
            }
        }
    }

    /**
     * c += alpha * A^T B, with A = a (rows x inner), B = b (rows x cols) and c = c[cOff ..]
     * (inner x cols), all row-major. Only {@code c} is modified; it must not alias {@code a} or
     * {@code b}.
     */
    static void transposeMultiplyAdd(double[] a, double[] b, double[] c, int cOff, int rows, int inner, int cols,
            double alpha) {
        int i = 0;
        for (; i + 3 < rows; i += 4) {
            int a0 = i * inner;
            int a1 = a0 + inner;
            int a2 = a1 + inner;
            int a3 = a2 + inner;
            int b0 = i * cols;
            int b1 = b0 + cols;
            int b2 = b1 + cols;
            int b3 = b2 + cols;
            int j = 0;
            for (; j + 1 < inner; j += 2) {
                double s00 = alpha * a[a0 + j];
                double s10 = alpha * a[a1 + j];
                double s20 = alpha * a[a2 + j];
                double s30 = alpha * a[a3 + j];
                double s01 = alpha * a[a0 + j + 1];
                double s11 = alpha * a[a1 + j + 1];
                double s21 = alpha * a[a2 + j + 1];
                double s31 = alpha * a[a3 + j + 1];
                int c0 = cOff + j * cols;
                int c1 = c0 + cols;
                for (int o = 0; o < cols; o++) {
                    double x0 = b[b0 + o];
                    double x1 = b[b1 + o];
                    double x2 = b[b2 + o];
                    double x3 = b[b3 + o];
                    c[c0 + o] += s00 * x0 + s10 * x1 + s20 * x2 + s30 * x3;
                    c[c1 + o] += s01 * x0 + s11 * x1 + s21 * x2 + s31 * x3;
                }
            }
            for (; j < inner; j++) {
                for (int r = 0; r < 4; r++) {
                    axpy(alpha * a[a0 + r * inner + j], b, b0 + r * cols, c, cOff + j * cols, cols);
                }
            }
        }
        for (; i < rows; i++) {
            for (int j = 0; j < inner; j++) {
                axpy(alpha * a[i * inner + j], b, i * cols, c, cOff + j * cols, cols);
            }
        }
    }

    /** out (cols x rows) = transpose of a[aOff ..] (rows x cols). Only {@code out} is modified. */
    static void transpose(double[] a, int aOff, int rows, int cols, double[] out) {
        for (int i = 0; i < rows; i++) {
            int ai = aOff + i * cols;
            for (int o = 0; o < cols; o++) {
                out[o * rows + i] = a[ai + o];
            }
        }
    }

    /** y[yOff + o] += s * x[xOff + o] for o < n. */
    private static void axpy(double s, double[] x, int xOff, double[] y, int yOff, int n) {
        for (int o = 0; o < n; o++) {
            y[yOff + o] += s * x[xOff + o];
        }
    }
}
