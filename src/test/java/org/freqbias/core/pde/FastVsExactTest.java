package org.freqbias.core.pde;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.spectrum.LineGrid;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CRAM trajectory (fast path) reproduces the exact eigen integrator to 1e-6 relative. */
class FastVsExactTest {

    static FrequencyDistribution[] densities() {
        return new FrequencyDistribution[] {new Gaussian(4), new Uniform(15)};
    }

    @ParameterizedTest
    @MethodSource("densities")
    void trajectoriesAgree(FrequencyDistribution rho) {
        PdeProblem p = new PdeProblem(rho, 1, true, 51.2, 512);
        LineGrid grid = WavePacketSpectrum.grid(256, 0.2);
        double[] xi = grid.frequencies();
        double[] im0 = WavePacketSpectrum.imaginaryPart(xi);
        double[] re0 = new double[xi.length];
        double[] times = new double[100];
        for (int i = 0; i < times.length; i++) {
            times[i] = 0.2 * (i + 1);
        }
        SpectrumTrajectory fast = PdeSolver.solveAt(p, grid, re0, im0, times);
        PdeSolution exact = new ExactEigenSolver(p, HalfSpectrum.onNodes(p.mesh(), xi, re0, im0)[0],
            HalfSpectrum.onNodes(p.mesh(), xi, re0, im0)[1]);
        double worst = 0;
        for (int i = 0; i < times.length; i++) {
            double[] ref = exact.abs(times[i], xi);
            worst = Math.max(worst, relativeL2(fast.abs()[i], ref));
            worst = Math.max(worst, Math.abs(fast.loss()[i] - exact.loss(times[i])) / exact.loss(times[i]));
        }
        assertTrue(worst < 1e-6, "worst relative difference " + worst);
    }

    @ParameterizedTest
    @MethodSource("densities")
    void oneStepSolutionForLargeMeshesAgrees(FrequencyDistribution rho) {
        // The factory's choice above EXACT_MAX_NODES: one CRAM step straight from u0 to each t.
        PdeProblem p = new PdeProblem(rho, 1, true, 51.2, 256);
        double[] xi = WavePacketSpectrum.frequencies(128, 0.4);
        double[][] u0 = HalfSpectrum.onNodes(p.mesh(), xi, new double[xi.length], WavePacketSpectrum.imaginaryPart(xi));
        PdeSolution exact = new ExactEigenSolver(p, u0[0], u0[1]);
        PdeSolution cram = new CramSolution(p, u0[0], u0[1]);
        for (double t : new double[] {0, 0.5, 7, 20, 500}) {
            assertTrue(relativeL2(cram.abs(t, xi), exact.abs(t, xi)) < 1e-9, "t = " + t);
            assertTrue(Math.abs(cram.loss(t) / exact.loss(t) - 1) < 1e-9, "loss at t = " + t);
        }
    }

    static double relativeL2(double[] a, double[] ref) {
        double num = 0;
        double den = 0;
        for (int k = 0; k < a.length; k++) {
            if (!Double.isNaN(ref[k])) {
                num += (a[k] - ref[k]) * (a[k] - ref[k]);
                den += ref[k] * ref[k];
            }
        }
        return Math.sqrt(num / den);
    }
}
