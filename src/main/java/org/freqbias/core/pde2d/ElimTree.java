package org.freqbias.core.pde2d;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The nested-dissection elimination tree of the (elements + 1)^2 node grid of a {@link Mesh2D} for
 * 7-point {@link StencilMatrix} couplings: the node rectangle is cut by its middle grid line across
 * the longer side, the two halves are dissected the same way, and a rectangle of at most
 * {@link #LEAF} nodes is one front. Fronts are listed in postorder (children before parents), which
 * is the elimination order, so the subtree of front f is the range [first(f), f]. Immutable; cached
 * per grid size, since it depends on nothing else.
 */
final class ElimTree {

    /**
     * Rectangles with at most this many nodes are not cut further. Small leaves give the least fill:
     * on the 129^2 grid, 8 gives 5.3e5 entries in L and 1.9e7 multiply-adds; 64 gives 1.0e6 and 3.7e7.
     */
    static final int LEAF = 8;

    private static final RecentValues<Integer, ElimTree> CACHE = new RecentValues<>(ElimTree::build);

    /**
     * One front: {@code index[0 .. pivots)} its separator nodes in elimination order, then the nodes
     * eliminated later that they or the children's fronts couple to; {@code children} front numbers;
     * {@code first} the first front of its subtree; {@code toParent[r - pivots]} the position of
     * index[r] (r >= pivots) in the parent's index list (empty for the root).
     */
    record Front(int[] index, int pivots, int[] children, int first, int[] toParent) {

        int size() {
            return index.length;
        }
    }

    final Front[] fronts;
    /** order[v]: when node v is eliminated (0 first). */
    final int[] order;
    final int largestFront;
    /** Where front f's columns of L (f x |S|, column-major) start in one array of {@link #factorLength}. */
    final int[] factorOffset;
    final int factorLength;
    /** Where front f's B part starts in one update vector of {@link #updateLength} (solves). */
    final int[] updateOffset;
    final int updateLength;
    /** The most Schur-complement entries alive at once when a subtree is factored in postorder. */
    final int stackLength;

    private ElimTree(Front[] fronts, int[] order) {
        this.fronts = fronts;
        this.order = order;
        this.largestFront = Arrays.stream(fronts).mapToInt(Front::size).max().orElse(0);
        this.factorOffset = new int[fronts.length];
        this.updateOffset = new int[fronts.length];
        int factors = 0;
        int updates = 0;
        int live = 0;
        int peak = 0;
        for (int f = 0; f < fronts.length; f++) {
            factorOffset[f] = factors;
            updateOffset[f] = updates;
            int m = fronts[f].size() - fronts[f].pivots();
            factors += fronts[f].size() * fronts[f].pivots();
            updates += m;
            for (int c : fronts[f].children()) {
                int mc = fronts[c].size() - fronts[c].pivots();
                live -= mc * mc;
            }
            live += m * m;
            peak = Math.max(peak, live);
        }
        this.factorLength = factors;
        this.updateLength = updates;
        this.stackLength = peak;
    }

    /** The tree for a mesh with {@code elements} cells per axis. */
    static ElimTree of(int elements) {
        return CACHE.of(elements);
    }

    int root() {
        return fronts.length - 1;
    }

    private static ElimTree build(int elements) {
        int s = elements + 1;
        List<int[]> separators = new ArrayList<>();
        List<int[]> children = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        dissect(0, s - 1, 0, s - 1, s, separators, children, firsts);
        int[] order = new int[s * s];
        int next = 0;
        for (int[] sep : separators) {
            for (int v : sep) {
                order[v] = next++;
            }
        }
        int count = separators.size();
        int[][] index = new int[count][];
        int[] mark = new int[s * s];
        Arrays.fill(mark, -1);
        for (int f = 0; f < count; f++) {
            index[f] = frontIndex(f, separators.get(f), children.get(f), index, separators, order, mark, s);
        }
        int[] parent = new int[count];
        Arrays.fill(parent, -1);
        for (int f = 0; f < count; f++) {
            for (int c : children.get(f)) {
                parent[c] = f;
            }
        }
        int[] position = new int[s * s];
        Front[] fronts = new Front[count];
        for (int f = count - 1; f >= 0; f--) {     // parents first: their positions are needed by the children
            int pivots = separators.get(f).length;
            int[] toParent = new int[index[f].length - pivots];
            if (parent[f] >= 0) {
                int[] up = index[parent[f]];
                for (int r = 0; r < up.length; r++) {
                    position[up[r]] = r;
                }
                for (int r = pivots; r < index[f].length; r++) {
                    toParent[r - pivots] = position[index[f][r]];
                }
            }
            fronts[f] = new Front(index[f], pivots, children.get(f), firsts.get(f), toParent);
        }
        return new ElimTree(fronts, order);
    }

    /** S, then B: the nodes eliminated after S that S or the children's B touch. */
    private static int[] frontIndex(int f, int[] sep, int[] kids, int[][] index, List<int[]> separators, int[] order,
            int[] mark, int s) {
        int last = order[sep[sep.length - 1]];
        int[] out = Arrays.copyOf(sep, sep.length + 16);
        int count = sep.length;
        for (int v : sep) {
            mark[v] = f;
        }
        for (int child : kids) {
            int[] c = index[child];
            for (int r = separators.get(child).length; r < c.length; r++) {
                out = grow(out, count);
                count = addIfLater(c[r], f, last, order, mark, out, count);
            }
        }
        for (int v : sep) {
            for (int w : neighbours(v, s)) {
                out = grow(out, count);
                count = addIfLater(w, f, last, order, mark, out, count);
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static int[] grow(int[] out, int count) {
        return count == out.length ? Arrays.copyOf(out, 2 * count) : out;
    }

    private static int addIfLater(int w, int front, int last, int[] order, int[] mark, int[] out, int count) {
        if (w < 0 || order[w] <= last || mark[w] == front) {
            return count;
        }
        mark[w] = front;
        out[count] = w;
        return count + 1;
    }

    /** The up to six grid neighbours of node v (-1 where there is none). */
    private static int[] neighbours(int v, int s) {
        int i = v / s;
        int j = v % s;
        return new int[] {
            j + 1 < s ? v + 1 : -1, j > 0 ? v - 1 : -1,
            i + 1 < s ? v + s : -1, i > 0 ? v - s : -1,
            i + 1 < s && j + 1 < s ? v + s + 1 : -1, i > 0 && j > 0 ? v - s - 1 : -1,
        };
    }

    /**
     * Appends the fronts of rows r0..r1 x columns c0..c1 in postorder; returns the front number of
     * the rectangle's root.
     */
    private static int dissect(int r0, int r1, int c0, int c1, int s, List<int[]> separators, List<int[]> children,
            List<Integer> firsts) {
        int first = separators.size();
        int rows = r1 - r0 + 1;
        int cols = c1 - c0 + 1;
        List<Integer> kids = new ArrayList<>();
        int[] sep;
        if (rows * cols <= LEAF) {
            sep = new int[rows * cols];
            int k = 0;
            for (int i = r0; i <= r1; i++) {
                for (int j = c0; j <= c1; j++) {
                    sep[k++] = i * s + j;
                }
            }
        } else if (rows >= cols) {
            int mid = r0 + rows / 2;
            if (mid > r0) {
                kids.add(dissect(r0, mid - 1, c0, c1, s, separators, children, firsts));
            }
            if (mid < r1) {
                kids.add(dissect(mid + 1, r1, c0, c1, s, separators, children, firsts));
            }
            sep = new int[cols];
            for (int j = c0; j <= c1; j++) {
                sep[j - c0] = mid * s + j;
            }
        } else {
            int mid = c0 + cols / 2;
            if (mid > c0) {
                kids.add(dissect(r0, r1, c0, mid - 1, s, separators, children, firsts));
            }
            if (mid < c1) {
                kids.add(dissect(r0, r1, mid + 1, c1, s, separators, children, firsts));
            }
            sep = new int[rows];
            for (int i = r0; i <= r1; i++) {
                sep[i - r0] = i * s + mid;
            }
        }
        separators.add(sep);
        children.add(kids.stream().mapToInt(Integer::intValue).toArray());
        firsts.add(first);
        return separators.size() - 1;
    }
}
