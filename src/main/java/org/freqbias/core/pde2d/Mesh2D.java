package org.freqbias.core.pde2d;

/**
 * A structured P1 triangulation of the frequency square [-Xi, Xi]^2: {@code elements} cells per axis
 * of side h = 2 Xi / elements, nodes (xi1, xi2) = (-Xi + i h, -Xi + j h) numbered i * (elements + 1) + j
 * (i along xi1), every cell split along its diagonal from (i, j) to (i + 1, j + 1) into the
 * triangles {(i, j), (i+1, j), (i+1, j+1)} and {(i, j), (i+1, j+1), (i, j+1)}.
 */
public record Mesh2D(double halfWidth, int elements) {

    /** Relative distance to a node below which a point is read as that node (no interpolation). */
    private static final double SNAP = 1e-9;

    public Mesh2D {
        if (!(halfWidth > 0) || !Double.isFinite(halfWidth)) {
            throw new IllegalArgumentException("halfWidth (Xi) must be a finite number > 0, got " + halfWidth);
        }
        if (elements < 2) {
            throw new IllegalArgumentException("elements per axis must be >= 2, got " + elements + ": try 64");
        }
    }

    /** Cell side h = 2 Xi / elements. */
    public double spacing() {
        return 2 * halfWidth / elements;
    }

    /** Number of nodes, (elements + 1)^2. */
    public int size() {
        return (elements + 1) * (elements + 1);
    }

    /** Number of triangles, 2 elements^2. */
    public int triangles() {
        return 2 * elements * elements;
    }

    /** The index of node (i, j). */
    public int node(int i, int j) {
        return i * (elements + 1) + j;
    }

    /** The coordinate -Xi + i h of grid line i along either axis. */
    public double coordinate(int i) {
        return -halfWidth + i * spacing();
    }

    /** xi1 of node {@code node}. */
    public double xi1(int node) {
        return coordinate(node / (elements + 1));
    }

    /** xi2 of node {@code node}. */
    public double xi2(int node) {
        return coordinate(node % (elements + 1));
    }

    /**
     * Writes the node indices of triangle {@code t} into {@code out[0..2]}, counter-clockwise.
     * Triangle 2 c is the lower-right half of cell c = i * elements + j, 2 c + 1 the upper-left.
     */
    public void vertices(int t, int[] out) {
        int cell = t / 2;
        int i = cell / elements;
        int j = cell % elements;
        out[0] = node(i, j);
        out[1] = (t & 1) == 0 ? node(i + 1, j) : node(i + 1, j + 1);
        out[2] = (t & 1) == 0 ? node(i + 1, j + 1) : node(i, j + 1);
    }

    /** The mesh with every cell split in four (same domain, h halved). */
    public Mesh2D refined() {
        return new Mesh2D(halfWidth, 2 * elements);
    }

    /**
     * The P1 interpolant of {@code nodal} at (xi1, xi2): the node value itself at a node (to 1e-9
     * of h), linear on the triangle containing the point, NaN outside the square. Reads only.
     */
    public double valueAt(double[] nodal, double xi1, double xi2) {
        int[] nodes = new int[3];
        double[] weights = new double[3];
        int count = interpolation(xi1, xi2, nodes, weights);
        if (count == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += weights[k] * nodal[nodes[k]];
        }
        return sum;
    }

    /**
     * The P1 interpolation stencil at (xi1, xi2): writes the nodes and barycentric weights that
     * {@link #valueAt} combines into {@code nodes} and {@code weights} and returns how many there
     * are: 1 at a node (to 1e-9 of h), 3 inside a triangle, 0 outside the square.
     */
    public int interpolation(double xi1, double xi2, int[] nodes, double[] weights) {
        double s = (xi1 + halfWidth) / spacing();
        double r = (xi2 + halfWidth) / spacing();
        long si = Math.round(s);
        long ri = Math.round(r);
        if (Math.abs(s - si) <= SNAP && Math.abs(r - ri) <= SNAP) {
            if (si < 0 || si > elements || ri < 0 || ri > elements) {
                return 0;
            }
            nodes[0] = node((int) si, (int) ri);
            weights[0] = 1;
            return 1;
        }
        if (!(s >= 0 && s <= elements && r >= 0 && r <= elements)) {
            return 0;
        }
        int i = Math.min((int) s, elements - 1);
        int j = Math.min((int) r, elements - 1);
        double fx = s - i;
        double fy = r - j;
        nodes[0] = node(i, j);
        nodes[1] = node(i + 1, j + 1);
        if (fx >= fy) {
            nodes[2] = node(i + 1, j);
            weights[0] = 1 - fx;
            weights[1] = fy;
            weights[2] = fx - fy;
        } else {
            nodes[2] = node(i, j + 1);
            weights[0] = 1 - fy;
            weights[1] = fx;
            weights[2] = fy - fx;
        }
        return 3;
    }
}
