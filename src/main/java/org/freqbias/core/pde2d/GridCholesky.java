package org.freqbias.core.pde2d;

import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntConsumer;

/**
 * The Cholesky factorization B = L L^T of a symmetric positive definite {@link StencilMatrix}, in
 * nested-dissection order, computed and applied front by front (multifrontal).
 *
 * <p>Why not a band or a general sparse Cholesky: on an s x s node grid the band of B is s + 1 wide,
 * so a band factor costs n s^2 / 2 = 1.4e8 multiply-adds at s = 129 and its solves stream 17 MB;
 * nested dissection (cut the node rectangle by a middle grid line, recurse on the two halves, the
 * line eliminated last: {@link ElimTree}) costs 1.9e7 here, with 5.3e5 entries in L. Every separator
 * is a grid line: all couplings of the 7-point stencil change a node's line index by at most one,
 * so a line splits a rectangle into two uncoupled halves.
 *
 * <p>Each front holds its separator nodes S and the not yet eliminated nodes B they couple to; its
 * dense matrix (original entries plus the children's Schur complements) is factored on S, giving
 * the columns of L for S and the Schur complement on B for the parent. Solves pass the B part of
 * each front's vector up the tree the same way, so the two halves under the root touch disjoint
 * memory: factorization and solves run them on two cores.
 */
final class GridCholesky {

    /** Pivots factored together: the trailing block gets rank-PANEL updates (one store per PANEL multiply-adds). */
    private static final int PANEL = 4;

    private final ElimTree tree;
    /**
     * The columns of L, front after front in elimination order (so that solves stream through it):
     * front f's f x |S| block, column-major, from tree.factorOffset[f] (entry (r, p), r >= p, at p f + r).
     */
    private final double[] factor;

    private GridCholesky(ElimTree tree, double[] factor) {
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
        double[] factor = new double[tree.factorLength];
        int root = tree.root();
        int[] children = tree.fronts[root].children();
        // Each half under the root on its own core, its Schur complement handed to the root front.
        Numeric[] halves = new Numeric[children.length];
        inParallel(children.length, c -> {
            halves[c] = new Numeric(b, tree, factor, tree.stackLength);
            halves[c].subtree(children[c]);
        });
        Numeric here = new Numeric(b, tree, factor, 0);         // the root front has no Schur complement
        here.front(root, c -> halves[c].stack, c -> halves[c].top - halves[c].updateSize(children[c]), 0);
        return new GridCholesky(tree, factor);
    }

    /** Scratch space for {@link #solve(double[], double[])}: one per thread that solves. */
    double[] workspace() {
        return new double[tree.updateLength];
    }

    /** Solves B x = rhs in place ({@code rhs} becomes x). */
    void solve(double[] rhs) {
        solve(rhs, workspace());
    }

    /**
     * Solves B x = rhs in place, with {@code up} from {@link #workspace()} (overwritten). Threads may
     * solve with one factor at once, each with its own workspace.
     */
    void solve(double[] rhs, double[] up) {
        int root = tree.root();
        int[] children = tree.fronts[root].children();
        inParallel(children.length, c -> {
            double[] local = new double[tree.largestFront];
            for (int f = tree.fronts[children[c]].first(); f <= children[c]; f++) {
                forward(f, rhs, up, local);
            }
        });
        double[] local = new double[tree.largestFront];
        forward(root, rhs, up, local);
        backward(root, rhs, local);
        inParallel(children.length, c -> {
            double[] work = new double[tree.largestFront];
            for (int f = children[c]; f >= tree.fronts[children[c]].first(); f--) {
                backward(f, rhs, work);
            }
        });
    }

    /** Runs {@code task} for 0 .. count - 1, item 0 on another core. */
    private static void inParallel(int count, IntConsumer task) {
        ForkJoinTask<?> other = count > 1 ? ForkJoinTask.adapt(() -> task.accept(0)).fork() : null;
        for (int i = other == null ? 0 : 1; i < count; i++) {
            task.accept(i);
        }
        if (other != null) {
            other.join();
        }
    }

    /** L y = rhs on one front: y_S into rhs, the updated B part into the front's slot of {@code up}. */
    private void forward(int f, double[] rhs, double[] up, double[] x) {
        ElimTree.Front front = tree.fronts[f];
        int size = front.size();
        int pivots = front.pivots();
        int[] index = front.index();
        for (int r = 0; r < pivots; r++) {
            x[r] = rhs[index[r]];
        }
        Arrays.fill(x, pivots, size, 0);
        for (int c : front.children()) {
            int[] map = tree.fronts[c].toParent();
            int from = tree.updateOffset[c];
            for (int a = 0; a < map.length; a++) {
                x[map[a]] += up[from + a];
            }
        }
        int base = tree.factorOffset[f];
        for (int p = 0; p < pivots; p++) {
            int col = base + p * size;
            double y = x[p] / factor[col + p];
            x[p] = y;
            for (int r = p + 1; r < size; r++) {
                x[r] -= factor[col + r] * y;
            }
            rhs[index[p]] = y;
        }
        System.arraycopy(x, pivots, up, tree.updateOffset[f], size - pivots);
    }

    /** L^T x = y on one front: reads y_S and the final x_B from rhs, writes x_S. */
    private void backward(int f, double[] rhs, double[] x) {
        ElimTree.Front front = tree.fronts[f];
        int size = front.size();
        int[] index = front.index();
        for (int r = 0; r < size; r++) {
            x[r] = rhs[index[r]];
        }
        int base = tree.factorOffset[f];
        for (int p = front.pivots() - 1; p >= 0; p--) {
            int col = base + p * size;
            x[p] = (x[p] - dot(factor, col, x, p + 1, size)) / factor[col + p];
            rhs[index[p]] = x[p];
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

    /**
     * One thread's factorization work: its scratch space, writing its fronts' blocks of the shared
     * {@code factor} array. Schur complements wait on a stack in one array until their parent is
     * assembled (postorder: a front's children are the blocks on top), the parent's taking their place.
     */
    private static final class Numeric {

        private final StencilMatrix b;
        private final ElimTree tree;
        private final double[] factor;
        private final int[] position;
        private final double[] dense;
        final double[] stack;
        int top;

        Numeric(StencilMatrix b, ElimTree tree, double[] factor, int stackLength) {
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
        void front(int f, java.util.function.IntFunction<double[]> blocks, java.util.function.IntUnaryOperator offsets,
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
}
