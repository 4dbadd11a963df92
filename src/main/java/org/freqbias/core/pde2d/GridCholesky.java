package org.freqbias.core.pde2d;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The Cholesky factorization B = L L^T of a symmetric positive definite {@link StencilMatrix}, in
 * nested-dissection order, computed and applied front by front (multifrontal).
 *
 * <p>Why not a band or a general sparse Cholesky: on an s x s node grid the band of B is s + 1 wide,
 * so a band factor costs n s^2 / 2 = 1.4e8 multiply-adds at s = 129 and its solves stream 17 MB;
 * nested dissection (cut the node rectangle by a middle grid line, recurse on the two halves, the
 * line eliminated last) costs O(s^3), about 2e7 here, with a factor of about 7e5 entries. Every
 * separator is a grid line: all couplings of the 7-point stencil change a node's line index by at
 * most one, so a line splits a rectangle into two uncoupled halves.
 *
 * <p>{@link ElimTree} (the symbolic part) depends only on the grid size and is shared; the numbers
 * are per matrix. Each front holds its separator nodes S and the not yet eliminated nodes B they
 * couple to; its dense matrix (original entries plus the children's Schur complements) is factored
 * on S, giving the columns of L for S and the Schur complement on B for the parent.
 */
final class GridCholesky {

    private final ElimTree tree;
    /** Per front (postorder): its columns of L, column-major f x |S| (lower part used). */
    private final double[][] factor;

    private GridCholesky(ElimTree tree, double[][] factor) {
        this.tree = tree;
        this.factor = factor;
    }

    /**
     * Factors {@code b} (read only).
     *
     * @throws IllegalStateException when b is not positive definite (a pivot is not > 0)
     */
    static GridCholesky of(StencilMatrix b) {
        ElimTree tree = ElimTree.of(b.elements());
        double[][] factor = new double[tree.fronts.length][];
        int[] position = new int[b.size()];
        Deque<double[]> updates = new ArrayDeque<>();
        for (int f = 0; f < tree.fronts.length; f++) {
            ElimTree.Front front = tree.fronts[f];
            int size = front.index().length;
            int pivots = front.pivots();
            for (int r = 0; r < size; r++) {
                position[front.index()[r]] = r;
            }
            double[] dense = new double[size * size];
            assembleOriginal(b, tree, front, position, dense);
            // Children were processed just before, last child on top of the stack.
            for (int c = front.children().length - 1; c >= 0; c--) {
                extendAdd(tree.fronts[front.children()[c]], updates.pop(), position, dense, size);
            }
            partialCholesky(dense, size, pivots);
            factor[f] = java.util.Arrays.copyOf(dense, size * pivots);
            updates.push(trailingBlock(dense, size, pivots));
        }
        return new GridCholesky(tree, factor);
    }

    /** Solves B x = rhs in place ({@code rhs} becomes x). Threads may solve with one factor at the same time. */
    void solve(double[] rhs) {
        double[] x = new double[tree.largestFront];
        // Forward: L y = rhs, fronts in elimination order.
        for (int f = 0; f < factor.length; f++) {
            ElimTree.Front front = tree.fronts[f];
            int size = front.index().length;
            double[] l = factor[f];
            gather(front.index(), rhs, x, size);
            for (int p = 0; p < front.pivots(); p++) {
                int col = p * size;
                double y = x[p] / l[col + p];
                x[p] = y;
                for (int r = p + 1; r < size; r++) {
                    x[r] -= l[col + r] * y;
                }
            }
            for (int r = 0; r < size; r++) {
                rhs[front.index()[r]] = x[r];
            }
        }
        // Backward: L^T x = y, fronts in reverse order (the nodes of B are final when S is reached).
        for (int f = factor.length - 1; f >= 0; f--) {
            ElimTree.Front front = tree.fronts[f];
            int size = front.index().length;
            double[] l = factor[f];
            gather(front.index(), rhs, x, size);
            for (int p = front.pivots() - 1; p >= 0; p--) {
                int col = p * size;
                x[p] = (x[p] - dot(l, col, x, p + 1, size)) / l[col + p];
                rhs[front.index()[p]] = x[p];
            }
        }
    }

    /** Original entries B(v, w) with v a pivot of the front and w eliminated after v, lower triangle. */
    private static void assembleOriginal(StencilMatrix b, ElimTree tree, ElimTree.Front front, int[] position,
            double[] dense) {
        int size = front.index().length;
        int s = b.stride();
        int n = b.size();
        for (int r = 0; r < front.pivots(); r++) {
            int v = front.index()[r];
            dense[r * size + r] += b.diag[v];
            int i = v / s;
            int j = v % s;
            addCoupling(tree, position, dense, size, v, r, j + 1 < s ? v + 1 : -1, j + 1 < s ? b.next[v] : 0);
            addCoupling(tree, position, dense, size, v, r, j > 0 ? v - 1 : -1, j > 0 ? b.next[v - 1] : 0);
            addCoupling(tree, position, dense, size, v, r, v + s < n ? v + s : -1, v + s < n ? b.line[v] : 0);
            addCoupling(tree, position, dense, size, v, r, i > 0 ? v - s : -1, i > 0 ? b.line[v - s] : 0);
            boolean up = i + 1 < s && j + 1 < s;
            boolean down = i > 0 && j > 0;
            addCoupling(tree, position, dense, size, v, r, up ? v + s + 1 : -1, up ? b.cross[v] : 0);
            addCoupling(tree, position, dense, size, v, r, down ? v - s - 1 : -1, down ? b.cross[v - s - 1] : 0);
        }
    }

    private static void addCoupling(ElimTree tree, int[] position, double[] dense, int size, int v, int r, int w,
            double value) {
        if (w < 0 || tree.order[w] < tree.order[v]) {
            return;   // no such node, or eliminated earlier: assembled in that node's front
        }
        int c = position[w];
        dense[Math.min(r, c) * size + Math.max(r, c)] += value;
    }

    /** Adds a child's Schur complement (its B x B block) into the parent's front. */
    private static void extendAdd(ElimTree.Front child, double[] update, int[] position, double[] dense, int size) {
        int m = child.index().length - child.pivots();
        for (int a = 0; a < m; a++) {
            int pa = position[child.index()[child.pivots() + a]];
            for (int b = a; b < m; b++) {
                int pb = position[child.index()[child.pivots() + b]];
                dense[Math.min(pa, pb) * size + Math.max(pa, pb)] += update[a * m + b];
            }
        }
    }

    /**
     * Right-looking Cholesky of the leading {@code pivots} columns of the symmetric f x f matrix
     * {@code dense} (column-major, lower triangle: entry (r, c), r >= c, at c f + r); the trailing
     * block is left holding the Schur complement.
     */
    private static void partialCholesky(double[] dense, int f, int pivots) {
        for (int p = 0; p < pivots; p++) {
            int col = p * f;
            double pivot = dense[col + p];
            if (!(pivot > 0)) {
                throw new IllegalStateException("matrix is not positive definite (pivot " + pivot + ")");
            }
            double d = Math.sqrt(pivot);
            dense[col + p] = d;
            double inv = 1 / d;
            for (int r = p + 1; r < f; r++) {
                dense[col + r] *= inv;
            }
            for (int j = p + 1; j < f; j++) {
                double lj = dense[col + j];
                if (lj != 0) {
                    int target = j * f;
                    for (int r = j; r < f; r++) {
                        dense[target + r] -= lj * dense[col + r];
                    }
                }
            }
        }
    }

    /** The trailing (f - pivots)^2 block, column-major with its own leading dimension. */
    private static double[] trailingBlock(double[] dense, int f, int pivots) {
        int m = f - pivots;
        double[] out = new double[m * m];
        for (int c = 0; c < m; c++) {
            System.arraycopy(dense, (pivots + c) * f + pivots, out, c * m, m);
        }
        return out;
    }

    private static void gather(int[] index, double[] from, double[] to, int size) {
        for (int r = 0; r < size; r++) {
            to[r] = from[index[r]];
        }
    }

    /** sum_{r in [from, to)} l[col + r] x[r], four partial sums so that the adds pipeline. */
    private static double dot(double[] l, int col, double[] x, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int r = from;
        for (; r + 3 < to; r += 4) {
            s0 += l[col + r] * x[r];
            s1 += l[col + r + 1] * x[r + 1];
            s2 += l[col + r + 2] * x[r + 2];
            s3 += l[col + r + 3] * x[r + 3];
        }
        for (; r < to; r++) {
            s0 += l[col + r] * x[r];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
