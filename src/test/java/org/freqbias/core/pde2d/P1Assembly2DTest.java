package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.dist.Uniform;
import org.junit.jupiter.api.Test;

/** The assembled forms against integrals known in closed form. */
class P1Assembly2DTest {

    private static final Mesh2D MESH = new Mesh2D(8, 16);

    /** v^T B w for nodal vectors v, w. */
    private static double form(DMatrixSparseCSC b, double[] v, double[] w) {
        DMatrixRMaj bw = CommonOps_DSCC.mult(b, DMatrixRMaj.wrap(w.length, 1, w), null);
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * bw.data[i];
        }
        return s;
    }

    private static double[] nodal(Mesh2D mesh, GridSpectra.Field f) {
        double[] v = new double[mesh.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.at(mesh.xi1(i), mesh.xi2(i));
        }
        return v;
    }

    @Test
    void massIntegratesP1FunctionsExactly() {
        DMatrixSparseCSC m = P1Assembly2D.mass(MESH);
        double[] one = nodal(MESH, (a, b) -> 1);
        double[] x = nodal(MESH, (a, b) -> a + 2 * b);
        assertEquals(256, form(m, one, one), 1e-10);                  // area (2 Xi)^2
        assertEquals(0, form(m, one, x), 1e-10);                      // odd integrand
        // integral (a + 2b)^2 over [-8, 8]^2 = 5 * 16 * (2 * 8^3 / 3): P1 mass is exact for P1 x P1.
        assertEquals(5 * 16 * 2 * 512 / 3.0, form(m, x, x), 1e-8);
        assertEquals(MESH.size(), m.numRows);
    }

    @Test
    void constantRhoGivesScaledMassAndLaplacian() {
        FrequencyDistribution2D c0 = new ProductDistribution(new Uniform(10));   // 1/400 on the square
        DMatrixSparseCSC r = P1Assembly2D.weightedMass(MESH, c0);
        DMatrixSparseCSC k = P1Assembly2D.weightedStiffness(MESH, c0);
        double[] one = nodal(MESH, (a, b) -> 1);
        double[] x = nodal(MESH, (a, b) -> a - 3 * b);
        double[] q = nodal(MESH, (a, b) -> a * b);
        assertEquals(256 / 400.0, form(r, one, one), 1e-12);
        assertEquals(form(P1Assembly2D.mass(MESH), x, q) / 400, form(r, x, q), 1e-12);
        assertEquals(0, form(k, one, x), 1e-12);                      // constants are in the kernel
        assertEquals(10 * 256 / 400.0, form(k, x, x), 1e-10);         // c0 |grad|^2 area
    }

    @Test
    void smoothDensityIntegratesToOne() {
        double[] one = nodal(MESH, (a, b) -> 1);
        FrequencyDistribution2D g = new RadialDistribution(new Gaussian(1.5));     // tail beyond the square < 1e-6
        assertEquals(1, form(P1Assembly2D.weightedMass(MESH, g), one, one), 1e-6);
        assertEquals(1, form(P1Assembly2D.weightedMass(MESH, new ProductDistribution(new Gaussian(1.5))), one, one), 1e-6);
    }

    /** The uniform disk jumps along a circle: the quadrature error is what the javadoc promises. */
    @Test
    void diskDensityJumpIsIntegratedToDocumentedAccuracy() {
        FrequencyDistribution2D disk = new RadialDistribution(new Uniform(5));
        Mesh2D mesh = new Mesh2D(8, 64);
        double[] one = nodal(mesh, (a, b) -> 1);
        double err = Math.abs(form(P1Assembly2D.weightedMass(mesh, disk), one, one) - 1);
        System.out.printf("disk total mass error %.3e%n", err);
        assertTrue(err < 3e-4, "disk mass error " + err);
    }
}
