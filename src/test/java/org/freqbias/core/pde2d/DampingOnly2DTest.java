package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.junit.jupiter.api.Test;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * The random-features limit (no diffusion) with a radial gaussian rho: every frequency decays on
 * its own, u(xi, t) = u0(xi) exp(-(2 pi)^2 rho(xi) t). The FEM solution differs only by the
 * consistency error of the mass matrices, which must fall as h^2.
 */
class DampingOnly2DTest {

    private static final double XI = 8;
    private static final FrequencyDistribution2D RHO = new RadialDistribution(new Gaussian(2));
    private static final double[] TIMES = {0.5, 2};

    private static double re0(double a, double b) {
        return Math.exp(-(a * a + b * b) / 20) * Math.cos(0.4 * a);
    }

    private static double im0(double a, double b) {
        return Math.exp(-(a * a + b * b) / 20) * Math.sin(0.3 * a + 0.2 * b);
    }

    /** Max over grid points and times of | |u_h| - |u| |. */
    private static double error(int elements) {
        PdeProblem2D p = new PdeProblem2D(RHO, 1, false, XI, elements);
        SpectrumTrajectory tr = PdeSolver2D.solveAt(p, GridSpectra.onMesh(p.mesh(), DampingOnly2DTest::re0,
            DampingOnly2DTest::im0), TIMES);
        int n = tr.grid().samples();
        double h = tr.grid().spacing();
        double err = 0;
        for (int i = 0; i < TIMES.length; i++) {
            for (int c1 = 0; c1 < n; c1++) {
                for (int c2 = 0; c2 < n; c2++) {
                    double a = (c1 - n / 2) * h;
                    double b = (c2 - n / 2) * h;
                    double exact = Math.hypot(re0(a, b), im0(a, b))
                        * Math.exp(-PdeProblem2D.FACTOR * RHO.density(a, b) * TIMES[i]);
                    err = Math.max(err, Math.abs(tr.abs()[i][c1 * n + c2] - exact));
                }
            }
        }
        return err;
    }

    @Test
    void matchesPointwiseDecayWithSecondOrderConsistencyError() {
        double coarse = error(32);
        double fine = error(64);
        double rate = Math.log(coarse / fine) / Math.log(2);
        System.out.printf("damping only: error %.3e (n = 32), %.3e (n = 64), rate %.2f%n", coarse, fine, rate);
        assertTrue(fine < 5e-3, "error " + fine);                 // |u0| <= 1
        assertTrue(rate > 1.7 && rate < 2.4, "rate " + rate);
    }
}
