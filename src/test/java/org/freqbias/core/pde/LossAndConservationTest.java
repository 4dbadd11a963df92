package org.freqbias.core.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.Gaussian;
import org.junit.jupiter.api.Test;
import org.freqbias.core.spectrum.LineGrid;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/** Parseval at t = 0, monotone loss, and conservation of integral u under pure diffusion. */
class LossAndConservationTest {

    private static final PdeProblem PROBLEM = new PdeProblem(new Gaussian(4), 1, true, 51.2, 1024);
    private static final LineGrid GRID = WavePacketSpectrum.grid(512, 0.1);
    private static final double[] XI = GRID.frequencies();
    private static final double[] IM0 = WavePacketSpectrum.imaginaryPart(XI);

    @Test
    void initialLossIsParsevalOfTheTarget() {
        // 1/2 (2 pi)^-1 integral |g^|^2 dxi = 1/2 integral g(x)^2 dx, the latter by a fine Riemann sum
        // (spectrally accurate for this smooth, rapidly decaying g).
        double dx = 1e-3;
        double sum = 0;
        for (double x = -12; x <= 12; x += dx) {
            double s = Math.sin(2 * x) + Math.sin(6 * x) + Math.sin(11 * x);
            sum += Math.exp(-x * x) * s * s * dx;
        }
        double[] times = {0};
        SpectrumTrajectory tr = PdeSolver.solveAt(PROBLEM, GRID, new double[XI.length], IM0, times);
        assertEquals(0.5 * sum, tr.loss()[0], 1e-6 * sum);
    }

    @Test
    void lossNeverIncreases() {
        double[] times = new double[60];
        for (int i = 0; i < times.length; i++) {
            times[i] = 0.25 * i;
        }
        double[] loss = PdeSolver.solveAt(PROBLEM, GRID, new double[XI.length], IM0, times).loss();
        for (int i = 1; i < loss.length; i++) {
            assertTrue(loss[i] <= loss[i - 1] * (1 + 1e-12), "loss rose at t = " + times[i]);
        }
        assertTrue(loss[loss.length - 1] < 0.5 * loss[0]);
    }

    @Test
    void pureDiffusionConservesTheIntegral() {
        // K 1 = 0 and K symmetric, so d/dt (1^T M u) = -1^T K u = 0.
        Mesh1D mesh = PROBLEM.mesh();
        Tridiagonal mass = P1Assembly.mass(mesh);
        Tridiagonal stiffness = P1Assembly.weightedStiffness(mesh, PROBLEM.rho());
        double[] u = HalfSpectrum.onNodes(mesh, XI, IM0, new double[XI.length])[0];   // even, integral != 0
        double[] v = new double[u.length];
        double before = integral(mass, u);
        new CramPropagator(mass, stiffness.scaled(PdeProblem.FACTOR), 5).apply(u, v);
        assertEquals(before, integral(mass, u), 1e-10 * Math.abs(before));
    }

    private static double integral(Tridiagonal mass, double[] u) {
        double[] mu = new double[u.length];
        mass.multiply(u, mu);
        double s = 0;
        for (double x : mu) {
            s += x;
        }
        return s;
    }
}
