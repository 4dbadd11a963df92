package org.freqbias.core.deep;

/**
 * Row-major dense products that accumulate into arrays the caller owns. Inner loops run over the
 * contiguous last index (axpy form) so the JIT can vectorize them, and fold four rank-one updates
 * into each pass over the output row to cut its loads and stores by four.
 */
final class DenseKernels {

    private DenseKernels() {
    }

    /**
     * c += alpha * A B, with A = a (rows x inner), B = b[bOff ..] (inner x cols) and c (rows x cols),
     * all row-major. Only {@code c} is modified; it must not alias {@code a} or {@code b}.
     */
    static void multiplyAdd(double[] a, double[] b, int bOff, double[] c, int rows, int inner, int cols, double alpha) {
        for (int i = 0; i < rows; i++) {
            int ci = i * cols;
            int ai = i * inner;
            int j = 0;
            for (; j + 3 < inner; j += 4) {
                double s0 = alpha * a[ai + j];
                double s1 = alpha * a[ai + j + 1];
                double s2 = alpha * a[ai + j + 2];
                double s3 = alpha * a[ai + j + 3];
                int b0 = bOff + j * cols;
                int b1 = b0 + cols;
                int b2 = b1 + cols;
                int b3 = b2 + cols;
                for (int o = 0; o < cols; o++) {
                    c[ci + o] += s0 * b[b0 + o] + s1 * b[b1 + o] + s2 * b[b2 + o] + s3 * b[b3 + o];
                }
            }
            for (; j < inner; j++) {
                double s = alpha * a[ai + j];
                int bj = bOff + j * cols;
                for (int o = 0; o < cols; o++) {
                    c[ci + o] += s * b[bj + o];
                }
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
            for (int j = 0; j < inner; j++) {
                double s0 = alpha * a[a0 + j];
                double s1 = alpha * a[a1 + j];
                double s2 = alpha * a[a2 + j];
                double s3 = alpha * a[a3 + j];
                int cj = cOff + j * cols;
                for (int o = 0; o < cols; o++) {
                    c[cj + o] += s0 * b[b0 + o] + s1 * b[b1 + o] + s2 * b[b2 + o] + s3 * b[b3 + o];
                }
            }
        }
        for (; i < rows; i++) {
            int ai = i * inner;
            int bi = i * cols;
            for (int j = 0; j < inner; j++) {
                double s = alpha * a[ai + j];
                int cj = cOff + j * cols;
                for (int o = 0; o < cols; o++) {
                    c[cj + o] += s * b[bi + o];
                }
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
}
