package org.freqbias.core.pde;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.Uniform;
import org.freqbias.core.spectrum.LineGrid;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.junit.jupiter.api.Test;

/**
 * THEORY.md section 5: with rho = c0 on Omega (a uniform band wider than Xi), the Neumann mode
 * cos(k pi (xi + Xi) / (2 Xi)) decays exactly as exp(-2 pi c0 (1 + sigma_a^2 (k pi / (2 Xi))^2) t).
 * The P1 error must fall as h^2, for both time integrators.
 */
class ClosedFormModeTest {

    private static final double XI = 10;
    private static final double SIGMA_A = 1.3;
    private static final double BAND = 20;           // c0 = 1 / 40 on [-10, 10]
    private static final double T = 4;
    private static final int[] ELEMENTS = {32, 64, 128, 256};

    private static double mode(int k, double xi) {
        return Math.cos(k * Math.PI * (xi + XI) / (2 * XI));
    }

    private static double decay(int k, double t) {
        double kappa = k * Math.PI / (2 * XI);
        return Math.exp(-2 * Math.PI * (0.5 / BAND) * (1 + SIGMA_A * SIGMA_A * kappa * kappa) * t);
    }

    private static PdeProblem problem(int elements) {
        return new PdeProblem(new Uniform(BAND), SIGMA_A, true, XI, elements);
    }

    /** The non-negative nodes of the mesh as a frequency grid (dxi = 2 Xi / elements), so the initial condition is nodal. */
    private static LineGrid halfNodes(int elements) {
        return new LineGrid(Math.PI * elements / (2 * XI), elements);
    }

    @Test
    void exactIntegratorConvergesAtSecondOrder() {
        // Even k = 4 is an even function (real part), odd k = 3 an odd one (imaginary part).
        double[] err = new double[ELEMENTS.length];
        for (int m = 0; m < ELEMENTS.length; m++) {
            double[] xi = halfNodes(ELEMENTS[m]).frequencies();
            double[] re0 = new double[xi.length];
            double[] im0 = new double[xi.length];
            for (int k = 0; k < xi.length; k++) {
                re0[k] = mode(4, xi[k]);
                im0[k] = mode(3, xi[k]);
            }
            PdeSolution s = new ExactEigenSolver(problem(ELEMENTS[m]),
                HalfSpectrum.onNodes(problem(ELEMENTS[m]).mesh(), xi, re0, im0)[0],
                HalfSpectrum.onNodes(problem(ELEMENTS[m]).mesh(), xi, re0, im0)[1]);
            double[] nodes = s.nodes();
            double[] re = new double[nodes.length];
            double[] im = new double[nodes.length];
            s.evaluate(T, nodes, re, im);
            for (int j = 0; j < nodes.length; j++) {
                err[m] = Math.max(err[m], Math.abs(re[j] - mode(4, nodes[j]) * decay(4, T)));
                err[m] = Math.max(err[m], Math.abs(im[j] - mode(3, nodes[j]) * decay(3, T)));
            }
        }
        assertSecondOrder(err);
    }

    @Test
    void fastIntegratorConvergesAtSecondOrder() {
        double[] err = new double[ELEMENTS.length];
        for (int m = 0; m < ELEMENTS.length; m++) {
            double[] xi = halfNodes(ELEMENTS[m]).frequencies();
            double[] re0 = new double[xi.length];
            for (int k = 0; k < xi.length; k++) {
                re0[k] = mode(4, xi[k]);
            }
            SpectrumTrajectory tr = PdeSolver.solveAt(problem(ELEMENTS[m]), halfNodes(ELEMENTS[m]), re0, new double[xi.length],
                new double[] {1, 2, T});
            for (int k = 0; k < xi.length; k++) {
                err[m] = Math.max(err[m], Math.abs(tr.abs()[2][k] - Math.abs(mode(4, xi[k])) * decay(4, T)));
            }
        }
        assertSecondOrder(err);
    }

    static void assertSecondOrder(double[] err) {
        for (int m = 1; m < err.length; m++) {
            double order = Math.log(err[m - 1] / err[m]) / Math.log(2);
            assertTrue(order > 1.8 && order < 2.2, "observed order " + order + " from errors "
                + java.util.Arrays.toString(err));
        }
    }
}
