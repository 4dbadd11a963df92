package org.freqbias.core.pde2d;

import org.ejml.data.DMatrixSparseCSC;

/**
 * A symmetric matrix on the nodes of a {@link Mesh2D} with the sparsity of its P1 forms: node
 * v = i s + j (s = elements + 1 nodes per line) couples only to itself and to the six nodes it shares
 * a triangle with, v +- 1, v +- s and v +- (s + 1) (the diagonal that cuts every cell). Stored by
 * diagonals: {@code diag[v]} = B(v, v), {@code next[v]} = B(v, v + 1), {@code line[v]} = B(v, v + s),
 * {@code cross[v]} = B(v, v + s + 1), zero where the neighbour does not exist. Mutable only inside
 * this package while it is assembled.
 */
final class StencilMatrix {

    private final int elements;
    private final int stride;
    final double[] diag;
    final double[] next;
    final double[] line;
    final double[] cross;

    /** The zero matrix on the nodes of a mesh with {@code elements} cells per axis. */
    StencilMatrix(int elements) {
        this.elements = elements;
        this.stride = elements + 1;
        int n = stride * stride;
        diag = new double[n];
        next = new double[n];
        line = new double[n];
        cross = new double[n];
    }

    int size() {
        return diag.length;
    }

    int elements() {
        return elements;
    }

    /** Nodes per grid line, s = elements + 1: the offset of the neighbour along xi1. */
    int stride() {
        return stride;
    }

    /** Adds {@code value} to B(v, w) and, when v != w, to B(w, v); w must be v or one of its six neighbours. */
    void add(int v, int w, double value) {
        int lo = Math.min(v, w);
        int offset = Math.abs(v - w);
        if (offset == 0) {
            diag[lo] += value;
        } else if (offset == 1) {
            next[lo] += value;
        } else if (offset == stride) {
            line[lo] += value;
        } else if (offset == stride + 1) {
            cross[lo] += value;
        } else {
            throw new IllegalArgumentException("nodes " + v + " and " + w + " share no triangle");
        }
    }

    /** a A + b B, a new matrix; A and B must live on the same mesh. */
    static StencilMatrix combine(double a, StencilMatrix x, double b, StencilMatrix y) {
        StencilMatrix out = new StencilMatrix(x.elements);
        for (int v = 0; v < out.size(); v++) {
            out.diag[v] = a * x.diag[v] + b * y.diag[v];
            out.next[v] = a * x.next[v] + b * y.next[v];
            out.line[v] = a * x.line[v] + b * y.line[v];
            out.cross[v] = a * x.cross[v] + b * y.cross[v];
        }
        return out;
    }

    /** y = B x; writes {@code y}, reads {@code x} (distinct arrays of length {@link #size()}). */
    void multiply(double[] x, double[] y) {
        int n = size();
        int s = stride;
        int first = Math.min(s + 1, n);
        int last = Math.max(first, n - s - 1);
        for (int v = 0; v < first; v++) {
            y[v] = row(x, v);
        }
        // Every neighbour exists in index range here: one branch-free loop the JIT can vectorize.
        for (int v = first; v < last; v++) {
            y[v] = diag[v] * x[v] + next[v] * x[v + 1] + next[v - 1] * x[v - 1]
                + line[v] * x[v + s] + line[v - s] * x[v - s]
                + cross[v] * x[v + s + 1] + cross[v - s - 1] * x[v - s - 1];
        }
        for (int v = last; v < n; v++) {
            y[v] = row(x, v);
        }
    }

    /** (B x)_v with every neighbour index checked. */
    private double row(double[] x, int v) {
        int n = size();
        int s = stride;
        double sum = diag[v] * x[v];
        if (v + 1 < n) {
            sum += next[v] * x[v + 1];
        }
        if (v >= 1) {
            sum += next[v - 1] * x[v - 1];
        }
        if (v + s < n) {
            sum += line[v] * x[v + s];
        }
        if (v >= s) {
            sum += line[v - s] * x[v - s];
        }
        if (v + s + 1 < n) {
            sum += cross[v] * x[v + s + 1];
        }
        if (v >= s + 1) {
            sum += cross[v - s - 1] * x[v - s - 1];
        }
        return sum;
    }

    /** Row sums of B (a new array): for the mass matrix, the lumped masses m_v = integral phi_v. */
    double[] rowSums() {
        double[] one = new double[size()];
        java.util.Arrays.fill(one, 1);
        double[] out = new double[size()];
        multiply(one, out);
        return out;
    }

    /**
     * The same matrix in EJML's compressed-column form, with an entry for every pair of nodes that
     * share a triangle (explicit zeros included, as an element-by-element assembly would give).
     */
    DMatrixSparseCSC toCsc() {
        int n = size();
        int s = stride;
        DMatrixSparseCSC out = new DMatrixSparseCSC(n, n, 7 * n);
        int nz = 0;
        for (int col = 0; col < n; col++) {
            out.col_idx[col] = nz;
            int i = col / s;
            int j = col % s;
            // Rows in ascending order: v - s - 1, v - s, v - 1, v, v + 1, v + s, v + s + 1.
            if (i > 0 && j > 0) {
                nz = put(out, nz, col - s - 1, cross[col - s - 1]);
            }
            if (i > 0) {
                nz = put(out, nz, col - s, line[col - s]);
            }
            if (j > 0) {
                nz = put(out, nz, col - 1, next[col - 1]);
            }
            nz = put(out, nz, col, diag[col]);
            if (j < elements) {
                nz = put(out, nz, col + 1, next[col]);
            }
            if (i < elements) {
                nz = put(out, nz, col + s, line[col]);
            }
            if (i < elements && j < elements) {
                nz = put(out, nz, col + s + 1, cross[col]);
            }
        }
        out.col_idx[n] = nz;
        out.nz_length = nz;
        out.indicesSorted = true;
        return out;
    }

    private static int put(DMatrixSparseCSC m, int nz, int row, double value) {
        m.nz_rows[nz] = row;
        m.nz_values[nz] = value;
        return nz + 1;
    }
}
