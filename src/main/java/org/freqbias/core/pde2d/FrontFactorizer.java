package org.freqbias.core.pde2d;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The numeric part of {@link GridCholesky} for the fronts one thread factors: each front's dense
 * matrix is assembled (original entries of B, then the children's Schur complements added at the
 * parent positions, extend-add), factored on its pivots by a right-looking Cholesky with rank-4
 * updates, and its columns of L are written into the shared {@code factor} array (each thread
 * writes its own fronts' blocks). Schur complements wait on a stack in one array until their parent
 * is assembled (postorder: a front's children are the blocks on top), the parent's taking their place.
 */
final class FrontFactorizer {

    /** Pivots factored together: the trailing block gets rank-PANEL updates (one store per PANEL multiply-adds). */
    private static final int PANEL = 4;

    private final StencilMatrix b;
    private final ElimTree tree;
    private final double[] factor;
    private final int[] position;
    private final double[] dense;
    final double[] stack;
    int top;

    FrontFactorizer(StencilMatrix b, ElimTree tree, double[] factor, int stackLength) {
        this.b = b;
        this.tree = tree;
        this.factor = factor;
        this.position = new int[b.size()];
        this.dense = new double[tree.largestFront * tree.largestFront];
        this.stack = new double[stackLength];
    }

    int updateSize(int f) {
        int m = tree.fronts[f].size() - tree.fronts[f].pivots();
        return m * m;
    }

    /** Factors the fronts of the subtree of {@code last} in order; its Schur complement ends on top of the stack. */
    void subtree(int last) {
        for (int f = tree.fronts[last].first(); f <= last; f++) {
            int[] children = tree.fronts[f].children();
            int[] at = new int[children.length];
            for (int c = children.length - 1; c >= 0; c--) {      // the last child's block is on top
                top -= updateSize(children[c]);
                at[c] = top;
            }
            front(f, c -> stack, c -> at[c], top);
        }
    }

    /**
     * Assembles front f (child c's Schur complement in {@code blocks.apply(c)} from {@code offsets.applyAsInt(c)}),
     * factors it on its pivots into {@code factor}, and writes its own Schur complement on the stack at {@code at}.
     */
    void front(int f, IntFunction<double[]> blocks, IntUnaryOperator offsets,
            int at) {
        ElimTree.Front front = tree.fronts[f];
        int size = front.size();
        int pivots = front.pivots();
        int[] index = front.index();
        for (int c = 0; c < size; c++) {
            Arrays.fill(dense, c * size + c, (c + 1) * size, 0);     // the lower triangle is all that is used
        }
        for (int r = 0; r < size; r++) {
            position[index[r]] = r;
        }
        assembleOriginal(front);
        int[] children = front.children();
        for (int c = 0; c < children.length; c++) {
            extendAdd(tree.fronts[children[c]].toParent(), blocks.apply(c), offsets.applyAsInt(c), size);
        }
        partialCholesky(size, pivots);
        System.arraycopy(dense, 0, factor, tree.factorOffset[f], size * pivots);
        int m = size - pivots;
        for (int c = 0; c < m; c++) {
            System.arraycopy(dense, (pivots + c) * size + pivots, stack, at + c * m, m);
        }
        top = at + m * m;
    }

    /** Original entries B(v, w) with v a pivot of the front and w eliminated after v, lower triangle. */
    private void assembleOriginal(ElimTree.Front front) {
        int size = front.size();
        int s = b.stride();
        int n = b.size();
        for (int r = 0; r < front.pivots(); r++) {
            int v = front.index()[r];
            dense[r * size + r] += b.diag[v];
            int i = v / s;
            int j = v % s;
            couple(size, v, r, j + 1 < s ? v + 1 : -1, j + 1 < s ? b.next[v] : 0);
            couple(size, v, r, j > 0 ? v - 1 : -1, j > 0 ? b.next[v - 1] : 0);
            couple(size, v, r, v + s < n ? v + s : -1, v + s < n ? b.line[v] : 0);
            couple(size, v, r, i > 0 ? v - s : -1, i > 0 ? b.line[v - s] : 0);
            boolean up = i + 1 < s && j + 1 < s;
            boolean down = i > 0 && j > 0;
            couple(size, v, r, up ? v + s + 1 : -1, up ? b.cross[v] : 0);
            couple(size, v, r, down ? v - s - 1 : -1, down ? b.cross[v - s - 1] : 0);
        }
    }

    private void couple(int size, int v, int r, int w, double value) {
        if (w < 0 || tree.order[w] < tree.order[v]) {
            return;   // no such node, or eliminated earlier: assembled in that node's front
        }
        int c = position[w];
        dense[Math.min(r, c) * size + Math.max(r, c)] += value;
    }

    /** Adds a child's Schur complement (lower part of an m x m block at {@code from}) at the parent positions {@code map}. */
    private void extendAdd(int[] map, double[] update, int from, int size) {
        int m = map.length;
        for (int a = 0; a < m; a++) {
            int pa = map[a];
            int column = from + a * m;
            for (int c = a; c < m; c++) {
                int pc = map[c];
                dense[Math.min(pa, pc) * size + Math.max(pa, pc)] += update[column + c];
            }
        }
    }

    /**
     * Cholesky of the leading {@code pivots} columns of the symmetric f x f matrix {@code dense}
     * (column-major, lower triangle); the trailing block is left holding the Schur complement.
     * Right-looking by panels of {@link #PANEL} columns: the columns of a panel update each other
     * one by one, then the rest of the matrix all at once.
     */
    private void partialCholesky(int f, int pivots) {
        for (int p0 = 0; p0 < pivots; p0 += PANEL) {
            int p1 = Math.min(pivots, p0 + PANEL);
            for (int p = p0; p < p1; p++) {
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
                rank1(f, p, p + 1, p1);
            }
            if (p1 - p0 == PANEL) {
                rank4(f, p0, p1);
            } else {
                for (int p = p0; p < p1; p++) {
                    rank1(f, p, p1, f);
                }
            }
        }
    }

    /** Columns j in [from, to), rows r >= j: minus L(r, p) L(j, p). */
    private void rank1(int f, int p, int from, int to) {
        int col = p * f;
        for (int j = from; j < to; j++) {
            double lj = dense[col + j];
            int target = j * f;
            for (int r = j; r < f; r++) {
                dense[target + r] -= lj * dense[col + r];
            }
        }
    }

    /** Columns j >= p1, rows r >= j: minus the outer products of the four factored columns p0 .. p0 + 3. */
    private void rank4(int f, int p0, int p1) {
        int c0 = p0 * f;
        int c1 = c0 + f;
        int c2 = c1 + f;
        int c3 = c2 + f;
        for (int j = p1; j < f; j++) {
            double l0 = dense[c0 + j];
            double l1 = dense[c1 + j];
            double l2 = dense[c2 + j];
            double l3 = dense[c3 + j];
            int target = j * f;
            for (int r = j; r < f; r++) {
                dense[target + r] -= l0 * dense[c0 + r] + l1 * dense[c1 + r] + l2 * dense[c2 + r] + l3 * dense[c3 + r];
            }
        }
    }
}
