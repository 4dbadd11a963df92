package org.freqbias.core.pde2d;

/**
 * |u| on the centred N x N frequency grid of a spectrum from nodal values on a {@link Mesh2D}: the
 * P1 interpolant at (k1, k2) dxi, entry (k1 + N/2) N + (k2 + N/2), NaN outside the mesh. The
 * interpolation stencils are found once and reused for every time. Immutable.
 */
final class GridReadout {

    private final int points;
    /** Per grid point c, up to three (node, weight) pairs at 3 c ..; count[c] of them (0 outside). */
    private final int[] nodes;
    private final double[] weights;
    private final int[] count;

    private GridReadout(int points, int[] nodes, double[] weights, int[] count) {
        this.points = points;
        this.nodes = nodes;
        this.weights = weights;
        this.count = count;
    }

    /** The read-out of the n x n grid with spacing {@code dxi} from {@code mesh}. */
    static GridReadout of(Mesh2D mesh, int n, double dxi) {
        int points = n * n;
        int[] nodes = new int[3 * points];
        double[] weights = new double[3 * points];
        int[] count = new int[points];
        int[] stencilNodes = new int[3];
        double[] stencilWeights = new double[3];
        for (int c = 0; c < points; c++) {
            count[c] = mesh.interpolation((c / n - n / 2) * dxi, (c % n - n / 2) * dxi, stencilNodes, stencilWeights);
            System.arraycopy(stencilNodes, 0, nodes, 3 * c, count[c]);
            System.arraycopy(stencilWeights, 0, weights, 3 * c, count[c]);
        }
        return new GridReadout(points, nodes, weights, count);
    }

    /** |re + i im| interpolated at every grid point, a new array; reads the nodal arrays only. */
    double[] abs(double[] re, double[] im) {
        double[] out = new double[points];
        for (int c = 0; c < points; c++) {
            if (count[c] == 0) {
                out[c] = Double.NaN;
                continue;
            }
            double a = 0;
            double b = 0;
            for (int k = 3 * c; k < 3 * c + count[c]; k++) {
                a += weights[k] * re[nodes[k]];
                b += weights[k] * im[nodes[k]];
            }
            out[c] = Math.sqrt(a * a + b * b);
        }
        return out;
    }
}
