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

/** The loss is a decreasing energy; pure diffusion conserves integral u exactly under CN and BE. */
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

    @Test
    void pureDiffusionConservesTheIntegralOfU() {
        Mesh2D mesh = new Mesh2D(XI, 24);
        DMatrixSparseCSC mass = P1Assembly2D.mass(mesh);
        DMatrixSparseCSC stiffness = P1Assembly2D.weightedStiffness(mesh, new RadialDistribution(new Gaussian(3)));
        CrankNicolsonStepper stepper = new CrankNicolsonStepper(mass, stiffness, 0.7);
        DMatrixRMaj u = new DMatrixRMaj(mesh.size(), 2);
        for (int v = 0; v < mesh.size(); v++) {
            u.data[2 * v] = re0(mesh.xi1(v), mesh.xi2(v)) + 0.3;
            u.data[2 * v + 1] = im0(mesh.xi1(v), mesh.xi2(v));
        }
        double[] before = integrals(mass, u);
        stepper.dampingStart(u);
        for (int s = 0; s < 20; s++) {
            stepper.crankNicolson(u);
        }
        double[] after = integrals(mass, u);
        assertEquals(before[0], after[0], 1e-10 * Math.abs(before[0]));
        assertEquals(before[1], after[1], 1e-10 * Math.abs(before[0]));
    }

    /** integral u = 1^T M u for both columns. */
    private static double[] integrals(DMatrixSparseCSC mass, DMatrixRMaj u) {
        DMatrixRMaj mu = CommonOps_DSCC.mult(mass, u, null);
        double[] sum = new double[2];
        for (int v = 0; v < mass.numRows; v++) {
            sum[0] += mu.data[2 * v];
            sum[1] += mu.data[2 * v + 1];
        }
        return sum;
    }
}
