package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.dist.Uniform;
import org.junit.jupiter.api.Test;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * THEORY.md section 5 with d = 2: for rho = c0 on the square (a uniform product band wider than Xi),
 * the Neumann mode cos(k1 pi (xi1 + Xi) / (2 Xi)) cos(k2 pi (xi2 + Xi) / (2 Xi)) decays exactly as
 * exp(-(2 pi)^2 c0 (1 + sigma_a^2 (kappa1^2 + kappa2^2)) t), kappa = k pi / (2 Xi). Solved by the
 * fast path, exact in time to {@link PdeSolver2D#TOLERANCE}, so the measured error and rate are P1's.
 */
class ClosedFormMode2DTest {

    private static final double XI = 4;
    private static final double SIGMA_A = 1.2;
    private static final double BAND = 5;            // c0 = 1 / (2 * 5)^2 = 0.01 on [-4, 4]^2
    private static final double T = 1.5;
    private static final int[] ELEMENTS = {16, 32, 64};

    private static double mode(int k1, int k2, double xi1, double xi2) {
        return Math.cos(k1 * Math.PI * (xi1 + XI) / (2 * XI)) * Math.cos(k2 * Math.PI * (xi2 + XI) / (2 * XI));
    }

    private static double decay(int k1, int k2, double t) {
        double kappa1 = k1 * Math.PI / (2 * XI);
        double kappa2 = k2 * Math.PI / (2 * XI);
        double c0 = 1 / (4 * BAND * BAND);
        return Math.exp(-PdeProblem2D.FACTOR * c0 * (1 + SIGMA_A * SIGMA_A * (kappa1 * kappa1 + kappa2 * kappa2)) * t);
    }

    /**
     * The root-mean-square over grid points of |u_h| - |u| at T (the discrete L2 error; the max error
     * converges too, but pre-asymptotically slower, ~1.8, at the two corners that hold a single triangle) for the mode (k1, k2), placed in the real part when
     * k1 + k2 is even (an even function) and in the imaginary part when odd (odd function), as
     * conjugate symmetry requires.
     */
    private static double error(int elements, int k1, int k2) {
        PdeProblem2D p = new PdeProblem2D(new ProductDistribution(new Uniform(BAND)), SIGMA_A, true, XI, elements);
        Mesh2D mesh = p.mesh();
        GridSpectra.Field f = (a, b) -> mode(k1, k2, a, b);
        GridSpectra.Field zero = (a, b) -> 0;
        boolean even = (k1 + k2) % 2 == 0;
        SpectrumTrajectory tr = PdeSolver2D.solveAt(p, GridSpectra.onMesh(mesh, even ? f : zero, even ? zero : f),
            new double[] {T});
        double err = 0;
        int n = tr.grid().samples();
        for (int c1 = 0; c1 < n; c1++) {
            for (int c2 = 0; c2 < n; c2++) {
                double exact = Math.abs(mode(k1, k2, (c1 - n / 2) * tr.grid().spacing(), (c2 - n / 2) * tr.grid().spacing()))
                    * decay(k1, k2, T);
                double d = tr.abs()[0][c1 * n + c2] - exact;
                err += d * d / (n * n);
            }
        }
        return Math.sqrt(err);
    }

    @Test
    void oddModeConvergesAtSecondOrder() {
        double[] err = new double[ELEMENTS.length];
        for (int m = 0; m < ELEMENTS.length; m++) {
            err[m] = error(ELEMENTS[m], 3, 2);
        }
        for (int m = 1; m < err.length; m++) {
            double rate = Math.log(err[m - 1] / err[m]) / Math.log(2);
            System.out.printf("mode (3,2): n = %d error %.3e rate %.2f%n", ELEMENTS[m], err[m], rate);
            assertTrue(rate > 1.85 && rate < 2.2, "rate " + rate + " at n = " + ELEMENTS[m]);
        }
        assertTrue(err[err.length - 1] < 1e-3, "finest error " + err[err.length - 1]);   // |u0| <= 1
    }

    @Test
    void evenModeDecaysAtItsExactRate() {
        double err = error(32, 2, 2);
        System.out.printf("mode (2,2): n = 32 error %.3e%n", err);
        assertEquals(0, err, 2e-3);                      // |u0| <= 1, |u(T)| <= 0.17
    }
}
