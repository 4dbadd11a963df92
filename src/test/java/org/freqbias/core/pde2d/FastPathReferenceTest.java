package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixSparseCSC;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast path on the 2D sample sessions as the runs solve them (128 x 128 mesh, 51 snapshot times)
 * against an independent integration of the same semi-discrete system: CRAM-16 steps with band
 * LDL^T factorizations ({@link CramReference2D}), exact in time to ~1e-15 per step. Compared at the
 * first snapshot (the stiff start) and at every tenth: max ||u_fast - u_ref||_M / ||u0||_M, and the
 * largest difference of |u| on the FFT grid over max |u0|.
 */
class FastPathReferenceTest {

    @ParameterizedTest
    @CsvSource({
        // session, tolerances on ||.||_M and on |u|: 3x the measured 5.7e-10 / 7.6e-10 (plane-waves) and
        // 1.9e-9 / 1.2e-9 (image-gaussian); the stated guarantee is PdeSolver2D.TOLERANCE = 1e-8 on ||.||_M
        "plane-waves, 2e-9, 2.5e-9",
        "image-gaussian, 6e-9, 4e-9",
    })
    void fastPathMatchesCram(String session, double tolerance, double gridTolerance) throws Exception {
        Session s = SessionFiles.loadSample(session);
        Setup setup = Setup.of(s);
        PdeProblem2D p = new PdeProblem2D(s.distribution2D(), s.network().sigmaA(), s.pde().diffusion(),
                s.pde().halfWidth(s.domain().nyquist()), s.pde().elements());
        Mesh2D mesh = p.mesh();
        StencilMatrix mass = P1Assembly2D.massStencil(mesh);
        StencilMatrix operator = p.operatorStencil();
        double[][] u0 = NodalSpectrum.onNodes(mesh, setup.initialResidualOnGrid(), setup.domain());
        double[] times = setup.snapshotTimes();
        int last = times.length - 1;
        double[][][] fast = new double[times.length][][];
        ShiftInvertIntegrator.integrate(mass, operator, u0[0], u0[1], times, Double.POSITIVE_INFINITY,
            PdeSolver2D.TOLERANCE, (i, re, im) -> fast[i] = new double[][] {re, im});

        DMatrixSparseCSC m = mass.toCsc();
        DMatrixSparseCSC a = operator.toCsc();
        GridReadout readout = GridReadout.of(mesh, setup.domain().samples(), setup.domain().frequencySpacing());
        double norm0 = Math.hypot(ShiftInvertExactTest.mNorm(m, u0[0]), ShiftInvertExactTest.mNorm(m, u0[1]));
        double max0 = max(readout.abs(u0[0], u0[1]));
        double worst = 0;
        double worstGrid = 0;
        // The first snapshot in one step of its own length; then every tenth in steps of a tenth of the run.
        CramReference2D first = new CramReference2D(m, a, times[1]);
        double[][] ref = {first.step(u0[0]), first.step(u0[1])};
        worst = Math.max(worst, distance(m, fast[1], ref) / norm0);
        worstGrid = Math.max(worstGrid, gridDistance(readout, fast[1], ref) / max0);
        int stride = last / 5;
        CramReference2D steps = new CramReference2D(m, a, times[stride]);
        ref = u0;
        for (int i = stride; i <= last; i += stride) {
            assertTrue(Math.abs(times[i] - i / stride * times[stride]) < 1e-12 * times[i], "snapshots not uniform");
            ref = new double[][] {steps.step(ref[0]), steps.step(ref[1])};
            worst = Math.max(worst, distance(m, fast[i], ref) / norm0);
            worstGrid = Math.max(worstGrid, gridDistance(readout, fast[i], ref) / max0);
        }
        System.out.printf("%s: fast path vs CRAM: ||.||_M %.2e, |u| on the grid %.2e%n", session, worst, worstGrid);
        assertTrue(worst < tolerance, "M-norm difference " + worst);
        assertTrue(worstGrid < gridTolerance, "grid difference " + worstGrid);
    }

    private static double distance(DMatrixSparseCSC m, double[][] u, double[][] v) {
        return Math.hypot(ShiftInvertExactTest.mNorm(m, ShiftInvertExactTest.minus(u[0], v[0])),
            ShiftInvertExactTest.mNorm(m, ShiftInvertExactTest.minus(u[1], v[1])));
    }

    private static double gridDistance(GridReadout readout, double[][] u, double[][] v) {
        double[] a = readout.abs(u[0], u[1]);
        double[] b = readout.abs(v[0], v[1]);
        double d = 0;
        for (int c = 0; c < a.length; c++) {
            d = Math.max(d, Math.abs(a[c] - b[c]));
        }
        return d;
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
