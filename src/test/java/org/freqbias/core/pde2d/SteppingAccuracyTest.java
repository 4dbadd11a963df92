package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.spectrum.Spectrum;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.junit.jupiter.api.Test;

/**
 * Time error of the Crank-Nicolson stepping on a realistic case (a shifted 2D wave packet's
 * transform, radial gaussian rho, sigma_a = 1, data grid N = 32, L = 8, nodes = FFT frequencies),
 * against the same semi-discrete problem stepped 20x finer than the finest step tested:
 * second order in dt. With the default step the error is ~2e-3 of max |u0| at the first snapshot (the
 * first-order damping start: two backward-Euler half steps) and ~1e-4 from the fourth on.
 */
class SteppingAccuracyTest {

    private static final int N = 32;
    private static final double DXI = Math.PI / 8;
    private static final PdeProblem2D PROBLEM =
        new PdeProblem2D(new RadialDistribution(new Gaussian(2)), 1, true, N / 2 * DXI, N);

    /** g(x) = exp(-|x - x0|^2 / 2) cos(a . (x - x0)): g^ = pi e^{-i xi.x0} [e^{-|xi-a|^2/2} + e^{-|xi+a|^2/2}]. */
    private static Spectrum packet() {
        double a1 = 2;
        double a2 = 1;
        GridSpectra.Field envelope = (p, q) -> Math.PI * (Math.exp(-((p - a1) * (p - a1) + (q - a2) * (q - a2)) / 2)
            + Math.exp(-((p + a1) * (p + a1) + (q + a2) * (q + a2)) / 2));
        return GridSpectra.of(N, DXI, (p, q) -> envelope.at(p, q) * Math.cos(p - 0.5 * q),
            (p, q) -> -envelope.at(p, q) * Math.sin(p - 0.5 * q));
    }

    private static double[] times() {
        double[] t = new double[20];
        for (int i = 0; i < t.length; i++) {
            t[i] = 0.2 * (i + 1);
        }
        return t;
    }

    private static double maxDifference(SpectrumTrajectory a, SpectrumTrajectory b) {
        double d = 0;
        for (int i = 0; i < a.times().length; i++) {
            for (int k = 0; k < a.abs()[i].length; k++) {
                d = Math.max(d, Math.abs(a.abs()[i][k] - b.abs()[i][k]));
            }
        }
        return d;
    }

    @Test
    void crankNicolsonIsSecondOrderAndTheDefaultStepIsAccurate() {
        Spectrum u0 = packet();
        double scale = 0;
        for (double v : u0.abs()) {
            scale = Math.max(scale, v);
        }
        SpectrumTrajectory reference = PdeSolver2D.solveAt(PROBLEM, u0, times(), 0.0025);
        double[] steps = {0.2, 0.1, 0.05};
        double[] err = new double[steps.length];
        for (int s = 0; s < steps.length; s++) {
            err[s] = maxDifference(PdeSolver2D.solveAt(PROBLEM, u0, times(), steps[s]), reference) / scale;
            System.out.printf("dt = %.3f: max | |u| - |u_ref| | / max |u0| = %.2e%n", steps[s], err[s]);
        }
        SpectrumTrajectory byDefault = PdeSolver2D.solveAt(PROBLEM, u0, times());
        double defaultError = maxDifference(byDefault, reference) / scale;
        double laterError = 0;                     // after the damping start has been damped itself
        for (int i = 3; i < byDefault.times().length; i++) {
            for (int k = 0; k < byDefault.abs()[i].length; k++) {
                laterError = Math.max(laterError, Math.abs(byDefault.abs()[i][k] - reference.abs()[i][k]) / scale);
            }
        }
        System.out.printf("default dt (<= %.3f): %.2e, from t = 0.8 on %.2e%n",
            PdeSolver2D.RATE_STEP / (PdeProblem2D.FACTOR * PROBLEM.rho().density(0, 0)), defaultError, laterError);
        double rate = Math.log(err[1] / err[2]) / Math.log(2);
        assertTrue(rate > 1.7 && rate < 2.5, "order " + rate);
        assertTrue(defaultError < 3e-3, "default step error " + defaultError);
        assertTrue(laterError < 3e-4, "default step error after t = 0.8: " + laterError);
    }
}
