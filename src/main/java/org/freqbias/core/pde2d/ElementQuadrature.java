package org.freqbias.core.pde2d;

import org.freqbias.core.dist.FrequencyDistribution2D;

/**
 * The quadrature points for integrals of rho times P1 products over one triangle of the mesh.
 *
 * <p>Where rho does not jump on the triangle: the fixed composite rule ({@link TriangleQuadrature}
 * with {@link P1Assembly2D#SUBDIVISION}^2 sub-triangles). Where a jump of rho (a circle of a radial
 * law, a line of a product law: {@link FrequencyDistribution2D#jumpsWithin}) crosses the triangle's
 * bounding box, the triangle is split at its edge midpoints, recursively for the children that
 * are still crossed, down to {@link #MAX_DEPTH} levels (sub-triangles of 1/8 the side); children not crossed get a rule of the
 * same resolution as the fixed one, the crossed leaves one twice as fine. A jump of rho is then
 * integrated on pieces of 1/16 of the element's side instead of 1/4, so its first-order error
 * shrinks about fourfold. Kinks (a drawn profile's points) are left to the fixed rule: their error
 * is of higher order, and a profile of thousands of points would refine every triangle.
 */
final class ElementQuadrature {

    /** Levels of midpoint subdivision at most, where a jump crosses. */
    static final int MAX_DEPTH = 3;

    /**
     * The rule of a triangle (depth 0) or of a child at depth d that no jump crosses:
     * {@link P1Assembly2D#SUBDIVISION} / 2^d sub-triangles per edge (at least 1), the same resolution.
     */
    private static final TriangleQuadrature[] BY_DEPTH = new TriangleQuadrature[MAX_DEPTH + 1];

    static {
        for (int d = 0; d <= MAX_DEPTH; d++) {
            BY_DEPTH[d] = new TriangleQuadrature(Math.max(1, P1Assembly2D.SUBDIVISION >> d));
        }
    }

    /** The rule of a child at the deepest level that a jump still crosses: twice as fine as its level's. */
    private static final TriangleQuadrature CROSSED_LEAF = new TriangleQuadrature(2 * Math.max(1, P1Assembly2D.SUBDIVISION >> MAX_DEPTH));

    private static final double[][] WHOLE = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    /** Receives one point: barycentric coordinates in the element (do not modify) and its weight (a fraction of the area). */
    @FunctionalInterface
    interface Sink {
        void add(double[] lambda, double weight);
    }

    private ElementQuadrature() {
    }

    /** Feeds every quadrature point of the triangle with corners {@code xy} to {@code sink}. */
    static void visit(double[][] xy, FrequencyDistribution2D rho, Sink sink) {
        if (!crossed(xy, WHOLE, rho)) {
            TriangleQuadrature rule = BY_DEPTH[0];
            for (int q = 0; q < rule.size(); q++) {
                sink.add(rule.point(q), rule.weight(q));
            }
            return;
        }
        refine(xy, WHOLE, 1, rho, sink);
    }

    /** Splits the sub-triangle with barycentric corners {@code c} into four, at depth {@code depth} of the children. */
    private static void refine(double[][] xy, double[][] c, int depth, FrequencyDistribution2D rho, Sink sink) {
        double[] m01 = mid(c[0], c[1]);
        double[] m12 = mid(c[1], c[2]);
        double[] m20 = mid(c[2], c[0]);
        double[][][] children = {{c[0], m01, m20}, {m01, c[1], m12}, {m20, m12, c[2]}, {m12, m20, m01}};
        double fraction = Math.pow(0.25, depth);
        for (double[][] child : children) {
            boolean crossed = crossed(xy, child, rho);
            if (crossed && depth < MAX_DEPTH) {
                refine(xy, child, depth + 1, rho, sink);
            } else {
                apply(crossed ? CROSSED_LEAF : BY_DEPTH[depth], child, fraction, sink);
            }
        }
    }

    /** The rule mapped onto the sub-triangle {@code c}, whose area is {@code fraction} of the element's. */
    private static void apply(TriangleQuadrature rule, double[][] c, double fraction, Sink sink) {
        for (int q = 0; q < rule.size(); q++) {
            double[] mu = rule.point(q);
            double[] lambda = new double[3];
            for (int v = 0; v < 3; v++) {
                for (int a = 0; a < 3; a++) {
                    lambda[a] += mu[v] * c[v][a];
                }
            }
            sink.add(lambda, fraction * rule.weight(q));
        }
    }

    /** Does a jump of rho cross the bounding box of the sub-triangle {@code c}? */
    private static boolean crossed(double[][] xy, double[][] c, FrequencyDistribution2D rho) {
        double lo1 = Double.POSITIVE_INFINITY;
        double hi1 = Double.NEGATIVE_INFINITY;
        double lo2 = Double.POSITIVE_INFINITY;
        double hi2 = Double.NEGATIVE_INFINITY;
        for (double[] corner : c) {
            double p1 = corner[0] * xy[0][0] + corner[1] * xy[1][0] + corner[2] * xy[2][0];
            double p2 = corner[0] * xy[0][1] + corner[1] * xy[1][1] + corner[2] * xy[2][1];
            lo1 = Math.min(lo1, p1);
            hi1 = Math.max(hi1, p1);
            lo2 = Math.min(lo2, p2);
            hi2 = Math.max(hi2, p2);
        }
        return rho.jumpsWithin(lo1, hi1, lo2, hi2);
    }

    private static double[] mid(double[] a, double[] b) {
        return new double[] {0.5 * (a[0] + b[0]), 0.5 * (a[1] + b[1]), 0.5 * (a[2] + b[2])};
    }
}
