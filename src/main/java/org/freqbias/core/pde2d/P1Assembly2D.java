package org.freqbias.core.pde2d;

import java.util.Arrays;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.freqbias.core.dist.FrequencyDistribution2D;

/**
 * The bilinear forms of the weak form on the P1 hat functions phi_i of a {@link Mesh2D}, as sparse
 * symmetric matrices (EJML CSC):
 * <pre>
 *   M_ij = integral phi_i phi_j                      (mass)
 *   R_ij = integral rho phi_i phi_j                  (weighted mass: damping)
 *   K_ij = integral rho grad phi_i . grad phi_j      (weighted stiffness: diffusion)
 * </pre>
 * Each is a sum over triangles T of a 3 x 3 element matrix; on T the hats are the barycentric
 * coordinates lambda_a, with constant gradients. rho is integrated by {@link ElementQuadrature}:
 * {@link #SUBDIVISION}^2 sub-triangles per triangle, refined where a jump of rho crosses it.
 */
public final class P1Assembly2D {

    /** Sub-triangles per edge of the rho quadrature: see {@link TriangleQuadrature} for accuracy. */
    public static final int SUBDIVISION = 4;

    /** The element matrix of one triangle: writes {@code ke[3 a + b]} from its corners {@code xy[a]}. */
    @FunctionalInterface
    private interface ElementMatrix {
        void fill(double[][] xy, double area, double[] ke);
    }

    private P1Assembly2D() {
    }

    /** The consistent mass matrix: element matrix |T| / 12 [2 1 1; 1 2 1; 1 1 2]. */
    public static DMatrixSparseCSC mass(Mesh2D mesh) {
        return assemble(mesh, (xy, area, ke) -> {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    ke[3 * a + b] = area / 12 * (a == b ? 2 : 1);
                }
            }
        });
    }

    /** R_ij = integral rho phi_i phi_j: element matrix |T| sum_q w_q rho(xi_q) lambda_a(q) lambda_b(q). */
    public static DMatrixSparseCSC weightedMass(Mesh2D mesh, FrequencyDistribution2D rho) {
        return assemble(mesh, (xy, area, ke) -> {
            Arrays.fill(ke, 0);
            ElementQuadrature.visit(xy, rho, (l, weight) -> {
                double w = area * weight * rho.density(at(xy, l, 0), at(xy, l, 1));
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        ke[3 * a + b] += w * l[a] * l[b];
                    }
                }
            });
        });
    }

    /** K_ij = integral rho grad phi_i . grad phi_j: element matrix (integral_T rho) grad lambda_a . grad lambda_b. */
    public static DMatrixSparseCSC weightedStiffness(Mesh2D mesh, FrequencyDistribution2D rho) {
        return assemble(mesh, (xy, area, ke) -> {
            double[] integral = new double[1];
            ElementQuadrature.visit(xy, rho, (l, weight) -> integral[0] += area * weight * rho.density(at(xy, l, 0), at(xy, l, 1)));
            double mass = integral[0];
            // grad lambda_a = perp(x_{a+2} - x_{a+1}) / (2 |T|) for counter-clockwise corners.
            double[][] g = new double[3][];
            for (int a = 0; a < 3; a++) {
                double[] p = xy[(a + 1) % 3];
                double[] r = xy[(a + 2) % 3];
                g[a] = new double[] {(p[1] - r[1]) / (2 * area), (r[0] - p[0]) / (2 * area)};
            }
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    ke[3 * a + b] = mass * (g[a][0] * g[b][0] + g[a][1] * g[b][1]);
                }
            }
        });
    }

    /** The Cartesian coordinate {@code axis} of the point with barycentric coordinates {@code l}. */
    private static double at(double[][] xy, double[] l, int axis) {
        return l[0] * xy[0][axis] + l[1] * xy[1][axis] + l[2] * xy[2][axis];
    }

    /** Sums the element matrices over all triangles into a CSC matrix (duplicates added). */
    private static DMatrixSparseCSC assemble(Mesh2D mesh, ElementMatrix element) {
        int n = mesh.size();
        DMatrixSparseTriplet triplets = new DMatrixSparseTriplet(n, n, 9 * mesh.triangles());
        int[] v = new int[3];
        double[][] xy = new double[3][2];
        double[] ke = new double[9];
        double area = 0.5 * mesh.spacing() * mesh.spacing();
        for (int t = 0; t < mesh.triangles(); t++) {
            mesh.vertices(t, v);
            for (int a = 0; a < 3; a++) {
                xy[a][0] = mesh.xi1(v[a]);
                xy[a][1] = mesh.xi2(v[a]);
            }
            element.fill(xy, area, ke);
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    triplets.addItem(v[a], v[b], ke[3 * a + b]);
                }
            }
        }
        DMatrixSparseCSC out = DConvertMatrixStruct.convert(triplets, (DMatrixSparseCSC) null);
        CommonOps_DSCC.duplicatesAdd(out, null);
        return out;
    }
}
