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
        FrontFactorizer[] halves = new FrontFactorizer[children.length];
        inParallel(children.length, c -> {
            halves[c] = new FrontFactorizer(b, tree, factor, tree.stackLength);
            halves[c].subtree(children[c]);
        });
        FrontFactorizer here = new FrontFactorizer(b, tree, factor, 0);     // the root front has no Schur complement
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
}
