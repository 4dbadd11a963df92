package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.dist.Uniform;
import org.junit.jupiter.api.Test;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/** The loss is a decreasing energy; pure diffusion conserves integral u (to the stated error bound). */
class LossAndConservation2DTest {

    private static final double XI = 8;

    private static double re0(double a, double b) {
        return Math.exp(-(a * a + b * b) / 10) * Math.cos(0.5 * a + 0.25 * b);
    }

    private static double im0(double a, double b) {
        return Math.exp(-(a * a + b * b) / 10) * Math.sin(0.5 * a + 0.25 * b);
    }

    @Test
    void lossStartsAtParsevalValueAndNeverIncreases() {
        for (FrequencyDistribution2D rho : new FrequencyDistribution2D[] {
            new RadialDistribution(new Gaussian(2)), new RadialDistribution(new Uniform(5))}) {
            PdeProblem2D p = new PdeProblem2D(rho, 1.5, true, XI, 32);
            double[] times = new double[41];
            for (int i = 0; i < times.length; i++) {
                times[i] = 0.25 * i;
            }
            SpectrumTrajectory tr = PdeSolver2D.solveAt(p, GridSpectra.onMesh(p.mesh(),
                LossAndConservation2DTest::re0, LossAndConservation2DTest::im0), times);
            // integral |u0|^2 = integral exp(-|xi|^2 / 5) = 5 pi (the square holds all but 3e-6 of it);
            // the nodal (trapezoid) rule is spectrally accurate for this smooth, decaying integrand.
            assertEquals(5 * Math.PI / (2 * PdeProblem2D.FACTOR), tr.loss()[0], 1e-5 * tr.loss()[0]);
            for (int i = 1; i < times.length; i++) {
                assertTrue(tr.loss()[i] <= tr.loss()[i - 1], rho.label() + ": loss rose at t = " + times[i]);
            }
            assertTrue(tr.loss()[times.length - 1] < 0.5 * tr.loss()[0], rho.label() + " did not learn");
        }
    }

    /**
     * With A = K alone (pure diffusion, K 1 = 0) the exact solution keeps 1^T M u; the computed one
     * may differ by |1^T M e| <= ||1||_M ||e||_M, and ||e||_M is below the bound the integrator reports.
     */
    @Test
    void pureDiffusionConservesTheIntegralOfUWithinTheErrorBound() {
        Mesh2D mesh = new Mesh2D(XI, 24);
        StencilMatrix mass = P1Assembly2D.massStencil(mesh);
        StencilMatrix stiffness = P1Assembly2D.weighted(mesh, new RadialDistribution(new Gaussian(3)), 0, 1);
        double[] re = new double[mesh.size()];
        double[] im = new double[mesh.size()];
        for (int v = 0; v < mesh.size(); v++) {
            re[v] = re0(mesh.xi1(v), mesh.xi2(v)) + 0.3;
            im[v] = im0(mesh.xi1(v), mesh.xi2(v));
        }
        double[] times = {0.7, 7, 14.7};
        double[][][] got = new double[times.length][][];
        ShiftInvertIntegrator.Report report = ShiftInvertIntegrator.integrate(mass, stiffness, re, im, times,
            Double.POSITIVE_INFINITY, PdeSolver2D.TOLERANCE, (i, a, b) -> got[i] = new double[][] {a, b});
        DMatrixSparseCSC m = mass.toCsc();
        double[] one = new double[mesh.size()];
        java.util.Arrays.fill(one, 1);
        double slack = ShiftInvertExactTest.mNorm(m, one) * report.bound()
            * Math.hypot(ShiftInvertExactTest.mNorm(m, re), ShiftInvertExactTest.mNorm(m, im));
        double[] before = integrals(m, re, im);
        for (double[][] u : got) {
            double[] after = integrals(m, u[0], u[1]);
            System.out.printf("integral of u moved by %.1e, %.1e (allowed %.1e)%n", after[0] - before[0],
                after[1] - before[1], slack);
            assertEquals(before[0], after[0], slack);
            assertEquals(before[1], after[1], slack);
        }
        assertTrue(slack < 1e-6 * Math.abs(before[0]), "bound too loose to test conservation: " + slack);
    }

    /** integral u = 1^T M u for the real and imaginary parts. */
    private static double[] integrals(DMatrixSparseCSC mass, double[] re, double[] im) {
        double[] one = new double[re.length];
        java.util.Arrays.fill(one, 1);
        DMatrixRMaj m1 = CommonOps_DSCC.mult(mass, DMatrixRMaj.wrap(re.length, 1, one), null);
        double[] sum = new double[2];
        for (int v = 0; v < re.length; v++) {
            sum[0] += m1.data[v] * re[v];
            sum[1] += m1.data[v] * im[v];
        }
        return sum;
    }
}
