package org.freqbias.core.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.spectrum.LineGrid;
import org.junit.jupiter.api.Test;

/**
 * THEORY.md section 5: without diffusion every frequency decays on its own,
 * u(xi, t) = u0(xi) exp(-2 pi rho(xi) t); the FEM matches node by node up to the mass-matrix
 * consistency error, which falls as h^2.
 */
class DampingOnlyTest {

    private static final Gaussian RHO = new Gaussian(4);
    private static final double XI = 20;
    private static final double T = 3;

    private static double re0(double xi) {
        return Math.exp(-xi * xi / 50);
    }

    private static double im0(double xi) {
        return 0.2 * xi * Math.exp(-xi * xi / 50);
    }

    private static double error(PdeProblem p, boolean fast) {
        LineGrid grid = new LineGrid(Math.PI / p.mesh().spacing(), p.elements());
        double[] xi = grid.frequencies();
        double[] re = new double[xi.length];
        double[] im = new double[xi.length];
        for (int k = 0; k < xi.length; k++) {
            re[k] = re0(xi[k]);
            im[k] = im0(xi[k]);
        }
        double[] got = fast
            ? PdeSolver.solveAt(p, grid, re, im, new double[] {T}).abs()[0]
            : PdeSolver.solve(p, xi, re, im).abs(T, xi);
        double err = 0;
        for (int k = 0; k < xi.length; k++) {
            double exact = Math.hypot(re[k], im[k]) * Math.exp(-2 * Math.PI * RHO.density(xi[k]) * T);
            err = Math.max(err, Math.abs(got[k] - exact));
        }
        return err;
    }

    @Test
    void matchesPointwiseDecayAtSecondOrder() {
        int[] elements = {32, 64, 128, 256};
        double[] exact = new double[elements.length];
        double[] fast = new double[elements.length];
        for (int m = 0; m < elements.length; m++) {
            PdeProblem p = new PdeProblem(RHO, 1, false, XI, elements[m]);
            exact[m] = error(p, false);
            fast[m] = error(p, true);
        }
        ClosedFormModeTest.assertSecondOrder(exact);
        ClosedFormModeTest.assertSecondOrder(fast);
    }

    @Test
    void zeroSigmaIsTheSameLimitAsDiffusionOff() {
        PdeProblem off = new PdeProblem(RHO, 1, false, XI, 64);
        PdeProblem zero = new PdeProblem(RHO, 0, true, XI, 64);
        assertEquals(error(off, false), error(zero, false), 1e-15);
    }
}
