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
import java.util.stream.Stream;
import org.freqbias.core.dist.PiecewiseLinearDensity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /**
     * Densities that jump along circles or lines: elements crossed by a breakpoint are refined
     * (ElementQuadrature), and the total mass is 1 to the measured accuracy: disk 2.6e-6 (7.0e-5
     * with the fixed rule alone), drawn profile with jumps at r = 1 and r = 6 2.1e-6 (3.1e-6), square
     * [-5.3, 5.3]^2 whose edges cut every crossed cell at the same place, so that the errors add up,
     * 4.5e-4 (1.8e-3).
     */
    @ParameterizedTest
    @MethodSource("jumpingDensities")
    void densityJumpsAreIntegratedToDocumentedAccuracy(FrequencyDistribution2D rho, double tolerance) {
        Mesh2D mesh = new Mesh2D(8, 64);
        double[] one = nodal(mesh, (a, b) -> 1);
        double err = Math.abs(form(P1Assembly2D.weightedMass(mesh, rho), one, one) - 1);
        System.out.printf("%s: total mass error %.3e%n", rho.label(), err);
        assertTrue(err < tolerance, rho.label() + " mass error " + err);
    }

    static Stream<Arguments> jumpingDensities() {
        return Stream.of(
                Arguments.of(new RadialDistribution(new Uniform(5)), 1e-5),
                Arguments.of(new RadialDistribution(PiecewiseLinearDensity.of(new double[][] {{1, 0.5}, {3, 2}, {6, 0.2}}, true)), 6e-6),
                Arguments.of(new ProductDistribution(new Uniform(5.3)), 1.5e-3));
    }

    /** The square's edge error is systematic, so it shows the refinement: 4.5e-4 against 1.8e-3 with breakpoints hidden. */
    @Test
    void refinementCutsTheErrorAtALineFourfold() {
        FrequencyDistribution2D square = new ProductDistribution(new Uniform(5.3));
        FrequencyDistribution2D hidden = new FrequencyDistribution2D() {
            @Override
            public double density(double xi1, double xi2) {
                return square.density(xi1, xi2);
            }

            @Override
            public SquareMap squareMap() {
                return square.squareMap();
            }

            @Override
            public double characteristic(double z1, double z2) {
                return square.characteristic(z1, z2);
            }

            @Override
            public String label() {
                return "square with no breakpoints";
            }
        };
        Mesh2D mesh = new Mesh2D(8, 64);
        double[] one = nodal(mesh, (a, b) -> 1);
        double refined = Math.abs(form(P1Assembly2D.weightedMass(mesh, square), one, one) - 1);
        double fixed = Math.abs(form(P1Assembly2D.weightedMass(mesh, hidden), one, one) - 1);
        assertTrue(refined < fixed / 3, "refined " + refined + ", fixed rule " + fixed);
    }
}
