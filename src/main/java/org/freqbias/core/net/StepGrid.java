package org.freqbias.core.net;

import org.freqbias.core.grid.Domain;

/**
 * How {@link StepKernel} lays the samples of a {@link Domain} grid out in rows of
 * {@link StepKernel#BLOCK} = B values, in 1D and 2D alike.
 *
 * <p>The grid is a stack of {@code lines} lines of {@code lineLength} samples; each line is cut into
 * {@code blocksPerLine} rows of B (zero-padded), so row p = l * blocksPerLine + b, column q holds
 * the sample with line index l and along-line index t = b B + q (when t &lt; lineLength). In 1D
 * there is one line (the whole grid, its row count rounded up to a multiple of
 * {@link StepKernel#ROWS}); in 2D line l is x1 = x_l and t indexes x2, so the flat row-major index is
 * l N + t. Coordinates on an axis are x0 + k dx.
 */
public record StepGrid(int dimension, int lines, int lineLength, int blocksPerLine, double x0, double dx) {

    /** The layout of the domain's tensor grid (N points per axis, x0 = -L). */
    public static StepGrid of(Domain domain) {
        int n = domain.samples();
        double x0 = -domain.halfWidth();
        double dx = domain.spacing();
        if (domain.dimension() == 1) {
            return new StepGrid(1, 1, n, StepKernel.rows(n), x0, dx);
        }
        // N >= 8 is a power of two, so N * blocksPerLine is a multiple of ROWS.
        return new StepGrid(2, n, n, (n + StepKernel.BLOCK - 1) / StepKernel.BLOCK, x0, dx);
    }

    /** Number of rows of B values. */
    public int rows() {
        return lines * blocksPerLine;
    }

    /** Number of grid samples, lines * lineLength. */
    public int samples() {
        return lines * lineLength;
    }

    /** The quadrature weight of one sample, dx^dimension. */
    public double cell() {
        return dimension == 1 ? dx : dx * dx;
    }

    /** Along-line index t of row p, column q (may be past the line: padding). */
    int along(int p, int q) {
        return p % blocksPerLine * StepKernel.BLOCK + q;
    }

    /** Flat (row-major) sample index of row p, column q, or -1 on the padding. */
    int index(int p, int q) {
        int t = along(p, q);
        return t < lineLength ? p / blocksPerLine * lineLength + t : -1;
    }

    /**
     * The part of coordinate k of row p, column q that depends on the row only: coordinate =
     * rowPart(k, p) + columnPart(k, q). In 2D k = 0 is x1 (the line's: x0 + l dx), k = 1 is x2
     * (along the line: b B dx + (x0 + q dx)); in 1D k = 0 is x, split the same way as x2.
     */
    double rowPart(int k, int p) {
        boolean alongLine = k == dimension - 1;
        return alongLine ? p % blocksPerLine * StepKernel.BLOCK * dx : x0 + p / blocksPerLine * dx;
    }

    /** The column part of coordinate k (see {@link #rowPart}). */
    double columnPart(int k, int q) {
        boolean alongLine = k == dimension - 1;
        return alongLine ? x0 + q * dx : 0;
    }

    /** False when rowPart(k, p) is zero on every row (the along-line coordinate of one-row lines). */
    boolean hasRowPart(int k) {
        return k != dimension - 1 || blocksPerLine > 1;
    }
}
