package org.freqbias.core.pde2d;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nested-dissection elimination tree of the (elements + 1)^2 node grid of a {@link Mesh2D} for
 * 7-point {@link StencilMatrix} couplings: the node rectangle is cut by its middle grid line across
 * the longer side, the two halves are dissected the same way, and a rectangle of at most
 * {@link #LEAF} nodes is one front. Fronts are listed in postorder (children before parents), which
 * is the elimination order. Immutable; cached per grid size, since it depends on nothing else.
 */
final class ElimTree {

    /** Rectangles with at most this many nodes are not cut further (dense fronts of that size are cheap). */
    static final int LEAF = 64;

    private static final int CACHED = 4;
    private static final Map<Integer, ElimTree> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, ElimTree> eldest) {
            return size() > CACHED;
        }
    };

    /**
     * One front: {@code index[0 .. pivots)} its separator nodes in elimination order, then the nodes
     * eliminated later that they or the children's fronts couple to; {@code children} front numbers.
     */
    record Front(int[] index, int pivots, int[] children) {
    }

    final Front[] fronts;
    /** order[v]: when node v is eliminated (0 first). */
    final int[] order;
    final int largestFront;

    private ElimTree(Front[] fronts, int[] order) {
        this.fronts = fronts;
        this.order = order;
        this.largestFront = Arrays.stream(fronts).mapToInt(f -> f.index().length).max().orElse(0);
    }

    /** The tree for a mesh with {@code elements} cells per axis. */
    static ElimTree of(int elements) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(elements, ElimTree::build);
        }
    }

    private static ElimTree build(int elements) {
        int s = elements + 1;
        List<int[]> separators = new ArrayList<>();
        List<int[]> children = new ArrayList<>();
        dissect(0, s - 1, 0, s - 1, s, separators, children);
        int[] order = new int[s * s];
        int next = 0;
        for (int[] sep : separators) {
            for (int v : sep) {
                order[v] = next++;
            }
        }
        // B of a front: nodes eliminated after its last pivot that its pivots or its children's B touch.
        Front[] fronts = new Front[separators.size()];
        int[] mark = new int[s * s];
        Arrays.fill(mark, -1);
        for (int f = 0; f < fronts.length; f++) {
            int[] sep = separators.get(f);
            int last = order[sep[sep.length - 1]];
            int[] boundary = new int[16];
            int count = 0;
            for (int v : sep) {
                mark[v] = f;
            }
            for (int child : children.get(f)) {
                Front c = fronts[child];
                for (int r = c.pivots(); r < c.index().length; r++) {
                    count = addIfLater(c.index()[r], f, last, order, mark, boundary, count);
                    boundary = count == boundary.length ? Arrays.copyOf(boundary, 2 * count) : boundary;
                }
            }
            for (int v : sep) {
                for (int w : neighbours(v, s)) {
                    count = addIfLater(w, f, last, order, mark, boundary, count);
                    boundary = count == boundary.length ? Arrays.copyOf(boundary, 2 * count) : boundary;
                }
            }
            int[] index = Arrays.copyOf(sep, sep.length + count);
            System.arraycopy(boundary, 0, index, sep.length, count);
            fronts[f] = new Front(index, sep.length, children.get(f));
        }
        return new ElimTree(fronts, order);
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
    private static int dissect(int r0, int r1, int c0, int c1, int s, List<int[]> separators, List<int[]> children) {
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
                kids.add(dissect(r0, mid - 1, c0, c1, s, separators, children));
            }
            if (mid < r1) {
                kids.add(dissect(mid + 1, r1, c0, c1, s, separators, children));
            }
            sep = new int[cols];
            for (int j = c0; j <= c1; j++) {
                sep[j - c0] = mid * s + j;
            }
        } else {
            int mid = c0 + cols / 2;
            if (mid > c0) {
                kids.add(dissect(r0, r1, c0, mid - 1, s, separators, children));
            }
            if (mid < c1) {
                kids.add(dissect(r0, r1, mid + 1, c1, s, separators, children));
            }
            sep = new int[rows];
            for (int i = r0; i <= r1; i++) {
                sep[i - r0] = i * s + mid;
            }
        }
        separators.add(sep);
        children.add(kids.stream().mapToInt(Integer::intValue).toArray());
        return separators.size() - 1;
    }
}
