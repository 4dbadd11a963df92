package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Laplace;
import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.dist.Uniform;
import org.junit.jupiter.api.Test;

/**
 * The structured assembly (rho once per quadrature point, half of the triangles, the rest mirrored)
 * against a plain element-by-element loop over every triangle written here, and the stencil
 * product against EJML's product with the compressed-column copy.
 */
class StencilAssemblyTest {

    /**
     * R (stiffness = false) or K, every triangle integrated directly with the element's own points
     * ({@link ElementQuadrature}: the fixed rule, refined where a jump of rho crosses): corners ->
     * barycentric points -> rho.
     */
    private static DMatrixRMaj elementByElement(Mesh2D mesh, FrequencyDistribution2D rho, boolean stiffness) {
        int n = mesh.size();
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        int[] v = new int[3];
        double area = 0.5 * mesh.spacing() * mesh.spacing();
        for (int t = 0; t < mesh.triangles(); t++) {
            mesh.vertices(t, v);
            double[][] xy = new double[3][];
            for (int a = 0; a < 3; a++) {
                xy[a] = new double[] {mesh.xi1(v[a]), mesh.xi2(v[a])};
            }
            double[][] grad = new double[3][];
            for (int a = 0; a < 3; a++) {
                double[] p = xy[(a + 1) % 3];
                double[] r = xy[(a + 2) % 3];
                grad[a] = new double[] {(p[1] - r[1]) / (2 * area), (r[0] - p[0]) / (2 * area)};
            }
            int[] corner = v.clone();
            ElementQuadrature.visit(xy, rho, (l, weight) -> {
                double x = l[0] * xy[0][0] + l[1] * xy[1][0] + l[2] * xy[2][0];
                double y = l[0] * xy[0][1] + l[1] * xy[1][1] + l[2] * xy[2][1];
                double w = area * weight * rho.density(x, y);
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        double value = stiffness ? w * (grad[a][0] * grad[b][0] + grad[a][1] * grad[b][1]) : w * l[a] * l[b];
                        out.add(corner[a], corner[b], value);
                    }
                }
            });
        }
        return out;
    }

    private static double relativeDifference(DMatrixSparseCSC sparse, DMatrixRMaj dense) {
        DMatrixRMaj got = DConvertMatrixStruct.convert(sparse, (DMatrixRMaj) null);
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < dense.data.length; i++) {
            diff = Math.max(diff, Math.abs(got.data[i] - dense.data[i]));
            scale = Math.max(scale, Math.abs(dense.data[i]));
        }
        return diff / scale;
    }

    @Test
    void mirroredAssemblyEqualsTheElementByElementOne() {
        double worst = 0;
        for (FrequencyDistribution2D rho : new FrequencyDistribution2D[] {
            new RadialDistribution(new Uniform(4)), new ProductDistribution(new Laplace(1.5)),
            new RadialDistribution(new Gaussian(2))}) {
            for (int elements : new int[] {7, 10}) {
                Mesh2D mesh = new Mesh2D(5, elements);
                worst = Math.max(worst, relativeDifference(P1Assembly2D.weightedMass(mesh, rho), elementByElement(mesh, rho, false)));
                worst = Math.max(worst, relativeDifference(P1Assembly2D.weightedStiffness(mesh, rho), elementByElement(mesh, rho, true)));
            }
        }
        System.out.printf("structured vs element-by-element assembly: max relative difference %.2e%n", worst);
        // Measured 1.0e-14 (3.3e-15 before jumps were refined): rounding of the point coordinates and of the
        // moments summed per triangle before they are spread over its nodes.
        assertTrue(worst < 3e-14, "difference " + worst);
    }

    @Test
    void stencilProductEqualsTheSparseProduct() {
        Mesh2D mesh = new Mesh2D(3, 9);
        StencilMatrix b = StencilMatrix.combine(2, P1Assembly2D.massStencil(mesh), 0.7,
            P1Assembly2D.weighted(mesh, new RadialDistribution(new Gaussian(1)), 1, 1.5));
        double[] x = new double[b.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(0.7 * i) + 0.01 * i;
        }
        double[] y = new double[x.length];
        b.multiply(x, y);
        DMatrixRMaj expected = CommonOps_DSCC.mult(b.toCsc(), DMatrixRMaj.wrap(x.length, 1, x), null);
        for (int i = 0; i < x.length; i++) {
            assertEquals(expected.data[i], y[i], 1e-15 * (1 + Math.abs(expected.data[i])));
        }
    }
}
