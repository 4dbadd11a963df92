package org.freqbias.core.pde2d;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixSparseCSC;
import org.freqbias.core.dist.FrequencyDistribution2D;

/**
 * The bilinear forms of the weak form on the P1 hat functions phi_i of a {@link Mesh2D}:
 * <pre>
 *   M_ij = integral phi_i phi_j                      (mass)
 *   R_ij = integral rho phi_i phi_j                  (weighted mass: damping)
 *   K_ij = integral rho grad phi_i . grad phi_j      (weighted stiffness: diffusion)
 * </pre>
 * Each is a sum over triangles T of a 3 x 3 element matrix; on T the hats are the barycentric
 * coordinates lambda_a, with constant gradients. rho is integrated by {@link TriangleQuadrature}
 * with {@link #SUBDIVISION}^2 sub-triangles per triangle, refined where a jump of rho crosses the
 * triangle ({@link ElementQuadrature}).
 *
 * <p>Evaluating rho is nearly all the work (96 points per triangle), so it is done once per point
 * for R and K together, on both cores, and on half of the triangles only: rho is symmetric under
 * xi -> -xi ({@link FrequencyDistribution2D}), the mesh is symmetric under the same reflection
 * (node v maps to node N - 1 - v, triangle t to 2 n^2 - 1 - t) and the quadrature rule under any
 * permutation of a triangle's corners (the refinement at jumps too: midpoint subdivision is
 * symmetric and the jumps of a symmetric rho are), so the element matrix of the mirror triangle is
 * the same numbers at the mirrored nodes. The matrices are then exactly invariant under the reflection.
 */
public final class P1Assembly2D {

    /** Sub-triangles per edge of the rho quadrature: see {@link TriangleQuadrature} for accuracy. */
    public static final int SUBDIVISION = 4;

    private static final TriangleQuadrature RULE = new TriangleQuadrature(SUBDIVISION);

    /** Per triangle: integral rho, then integral rho lambda_a lambda_b for (a, b) in PAIRS order. */
    private static final int MOMENTS = 7;
    private static final int[][] PAIRS = {{0, 0}, {1, 1}, {2, 2}, {0, 1}, {0, 2}, {1, 2}};

    /** Triangles per task of the parallel rho quadrature (many tasks keep both cores busy on a loaded machine). */
    private static final int CHUNK = 512;

    private P1Assembly2D() {
    }

    /** The consistent mass matrix: element matrix |T| / 12 [2 1 1; 1 2 1; 1 1 2]. */
    public static DMatrixSparseCSC mass(Mesh2D mesh) {
        return massStencil(mesh).toCsc();
    }

    /** R_ij = integral rho phi_i phi_j: element matrix |T| sum_q w_q rho(xi_q) lambda_a(q) lambda_b(q). */
    public static DMatrixSparseCSC weightedMass(Mesh2D mesh, FrequencyDistribution2D rho) {
        return weighted(mesh, rho, 1, 0).toCsc();
    }

    /** K_ij = integral rho grad phi_i . grad phi_j: element matrix (integral_T rho) grad lambda_a . grad lambda_b. */
    public static DMatrixSparseCSC weightedStiffness(Mesh2D mesh, FrequencyDistribution2D rho) {
        return weighted(mesh, rho, 0, 1).toCsc();
    }

    /** M as a {@link StencilMatrix}. */
    static StencilMatrix massStencil(Mesh2D mesh) {
        StencilMatrix m = new StencilMatrix(mesh.elements());
        double area = area(mesh);
        int[] v = new int[3];
        for (int t = 0; t < mesh.triangles(); t++) {
            mesh.vertices(t, v);
            for (int[] ab : PAIRS) {
                m.add(v[ab[0]], v[ab[1]], area / 12 * (ab[0] == ab[1] ? 2 : 1));
            }
        }
        return m;
    }

    /** massScale R + stiffnessScale K as a {@link StencilMatrix}, rho evaluated once per quadrature point. */
    static StencilMatrix weighted(Mesh2D mesh, FrequencyDistribution2D rho, double massScale, double stiffnessScale) {
        double[] moments = moments(mesh, rho);
        double[][] gradients = {gradientProducts(mesh, 0), gradientProducts(mesh, 1)};
        StencilMatrix out = new StencilMatrix(mesh.elements());
        int last = mesh.size() - 1;
        int[] v = new int[3];
        for (int t = 0; t < moments.length / MOMENTS; t++) {
            mesh.vertices(t, v);
            double[] g = gradients[t & 1];
            int at = t * MOMENTS;
            for (int p = 0; p < PAIRS.length; p++) {
                int a = PAIRS[p][0];
                int b = PAIRS[p][1];
                double value = massScale * moments[at + 1 + p] + stiffnessScale * moments[at] * g[3 * a + b];
                out.add(v[a], v[b], value);
                out.add(last - v[a], last - v[b], value);       // the mirror triangle 2 n^2 - 1 - t
            }
        }
        return out;
    }

    /**
     * The moments of rho on triangles 0 .. n^2 - 1 (the first half; the rest are their mirrors):
     * entry t * 7 holds integral_T rho, t * 7 + 1 + p integral_T rho lambda_a lambda_b for the p-th
     * of {@link #PAIRS}. Computed in parallel tasks, each writing its own range.
     */
    private static double[] moments(Mesh2D mesh, FrequencyDistribution2D rho) {
        int half = mesh.triangles() / 2;
        double[] out = new double[half * MOMENTS];
        double[][][] offsets = {pointOffsets(0), pointOffsets(1)};
        double h = mesh.spacing();
        double area = area(mesh);
        int n = mesh.elements();
        double[][] products = lambdaProducts();
        IntStream.range(0, (half + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            for (int t = chunk * CHUNK; t < Math.min(half, (chunk + 1) * CHUNK); t++) {
                int cell = t / 2;
                double x0 = mesh.coordinate(cell / n);
                double y0 = mesh.coordinate(cell % n);
                double[] m = crossedByJump(mesh, t, rho) ? refinedMoments(mesh, t, rho, area)
                        : fixedMoments(x0, y0, h, offsets[t & 1], products, rho, area);
                System.arraycopy(m, 0, out, t * MOMENTS, MOMENTS);
            }
        });
        return out;
    }

    /** The moments of one triangle by the fixed rule: its points as offsets (units of h) from the corner (x0, y0) of its cell. */
    private static double[] fixedMoments(double x0, double y0, double h, double[][] shape, double[][] products,
            FrequencyDistribution2D rho, double area) {
        double[] m = new double[MOMENTS];
        for (int q = 0; q < shape.length; q++) {
            double w = area * RULE.weight(q) * rho.density(x0 + h * shape[q][0], y0 + h * shape[q][1]);
            double[] ll = products[q];
            m[0] += w;
            for (int p = 0; p < PAIRS.length; p++) {
                m[1 + p] += w * ll[p];
            }
        }
        return m;
    }

    /** The moments of triangle {@code t} by {@link ElementQuadrature}, refined where a jump of rho crosses it. */
    private static double[] refinedMoments(Mesh2D mesh, int t, FrequencyDistribution2D rho, double area) {
        double[][] xy = corners(mesh, t);
        double[] m = new double[MOMENTS];
        ElementQuadrature.visit(xy, rho, (l, weight) -> {
            double w = area * weight * rho.density(l[0] * xy[0][0] + l[1] * xy[1][0] + l[2] * xy[2][0],
                    l[0] * xy[0][1] + l[1] * xy[1][1] + l[2] * xy[2][1]);
            m[0] += w;
            for (int p = 0; p < PAIRS.length; p++) {
                m[1 + p] += w * l[PAIRS[p][0]] * l[PAIRS[p][1]];
            }
        });
        return m;
    }

    /** Does a jump of rho (a circle of a radial law, a line of a product law) cross triangle {@code t}'s cell? */
    private static boolean crossedByJump(Mesh2D mesh, int t, FrequencyDistribution2D rho) {
        double[][] xy = corners(mesh, t);
        double lo1 = Math.min(xy[0][0], Math.min(xy[1][0], xy[2][0]));
        double hi1 = Math.max(xy[0][0], Math.max(xy[1][0], xy[2][0]));
        double lo2 = Math.min(xy[0][1], Math.min(xy[1][1], xy[2][1]));
        double hi2 = Math.max(xy[0][1], Math.max(xy[1][1], xy[2][1]));
        return rho.jumpsWithin(lo1, hi1, lo2, hi2);
    }

    /** The corners of triangle {@code t} in {@link Mesh2D#vertices} order. */
    private static double[][] corners(Mesh2D mesh, int t) {
        int[] v = new int[3];
        mesh.vertices(t, v);
        double[][] xy = new double[3][];
        for (int a = 0; a < 3; a++) {
            xy[a] = new double[] {mesh.xi1(v[a]), mesh.xi2(v[a])};
        }
        return xy;
    }

    /** lambda_a lambda_b at each quadrature point, for the pairs (a, b) of {@link #PAIRS} in order. */
    private static double[][] lambdaProducts() {
        double[][] out = new double[RULE.size()][PAIRS.length];
        for (int q = 0; q < RULE.size(); q++) {
            double[] l = RULE.point(q);
            for (int p = 0; p < PAIRS.length; p++) {
                out[q][p] = l[PAIRS[p][0]] * l[PAIRS[p][1]];
            }
        }
        return out;
    }

    /**
     * The quadrature points of a triangle of the given parity, as offsets from the corner (i, j) of
     * its cell in units of h: corners (0, 0), (1, 0), (1, 1) for the lower-right triangle (even t),
     * (0, 0), (1, 1), (0, 1) for the upper-left one ({@link Mesh2D#vertices}).
     */
    private static double[][] pointOffsets(int parity) {
        double[][] out = new double[RULE.size()][];
        for (int q = 0; q < RULE.size(); q++) {
            double[] l = RULE.point(q);
            out[q] = parity == 0 ? new double[] {l[1] + l[2], l[2]} : new double[] {l[1], l[1] + l[2]};
        }
        return out;
    }

    /**
     * grad lambda_a . grad lambda_b (entry 3 a + b) on a triangle of the given parity; every triangle
     * of that parity is a translate of the first. grad lambda_a = perp(x_{a+1} - x_{a+2}) / (2 |T|)
     * for counter-clockwise corners.
     */
    private static double[] gradientProducts(Mesh2D mesh, int parity) {
        int[] v = new int[3];
        mesh.vertices(parity, v);
        double area = area(mesh);
        double[][] g = new double[3][];
        for (int a = 0; a < 3; a++) {
            int p = v[(a + 1) % 3];
            int r = v[(a + 2) % 3];
            g[a] = new double[] {(mesh.xi2(p) - mesh.xi2(r)) / (2 * area), (mesh.xi1(r) - mesh.xi1(p)) / (2 * area)};
        }
        double[] out = new double[9];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                out[3 * a + b] = g[a][0] * g[b][0] + g[a][1] * g[b][1];
            }
        }
        return out;
    }

    private static double area(Mesh2D mesh) {
        return 0.5 * mesh.spacing() * mesh.spacing();
    }
}
