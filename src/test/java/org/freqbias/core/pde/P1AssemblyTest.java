package org.freqbias.core.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Uniform;
import org.junit.jupiter.api.Test;

/** The bilinear forms against integrals known in closed form. */
class P1AssemblyTest {

    private static final Mesh1D MESH = new Mesh1D(20, 40);   // h = 1

    private static double[] ones(int n) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1);
        return x;
    }

    @Test
    void massIntegratesOneAndLinearFunctions() {
        Tridiagonal m = P1Assembly.mass(MESH);
        assertEquals(40, m.quadraticForm(ones(MESH.size())), 1e-12);          // integral of 1
        assertEquals(2 * 20 * 20 * 20 / 3.0, m.quadraticForm(MESH.nodes()), 1e-9);   // integral of xi^2
    }

    @Test
    void weightedFormsIntegrateTheDensity() {
        Gaussian rho = new Gaussian(4);
        double inside = 0.9999994266968562;   // P(|w| <= 20) = erf(5 / sqrt 2)
        Tridiagonal r = P1Assembly.weightedMass(MESH, rho);
        Tridiagonal k = P1Assembly.weightedStiffness(MESH, rho);
        assertEquals(inside, r.quadraticForm(ones(MESH.size())), 1e-12);
        // The linear function xi has derivative 1: K gives integral rho; constants have no energy.
        assertEquals(inside, k.quadraticForm(MESH.nodes()), 1e-12);
        assertEquals(0, k.quadraticForm(ones(MESH.size())), 1e-15);
    }

    @Test
    void bandEdgeInsideAnElementIsIntegratedExactly() {
        // The edge 7.3 falls inside an element: integral rho = 1, integral rho xi^2 = B^2 / 3.
        Uniform rho = new Uniform(7.3);
        Tridiagonal r = P1Assembly.weightedMass(MESH, rho);
        assertEquals(1, r.quadraticForm(ones(MESH.size())), 1e-14);
        assertEquals(7.3 * 7.3 / 3, r.quadraticForm(MESH.nodes()), 1e-12);
        assertEquals(1, P1Assembly.weightedStiffness(MESH, rho).quadraticForm(MESH.nodes()), 1e-14);
    }

    @Test
    void meshReadsNodesExactlyAndInterpolatesBetween() {
        double[] values = MESH.nodes().clone();
        for (int j = 0; j < values.length; j++) {
            values[j] = values[j] * values[j];
        }
        assertEquals(9, MESH.valueAt(values, 3), 0);
        assertEquals(0.5 * (9 + 16), MESH.valueAt(values, 3.5), 1e-12);
        assertEquals(Double.NaN, MESH.valueAt(values, 20.5));
        assertEquals(80, MESH.refined().elements());
    }
}
