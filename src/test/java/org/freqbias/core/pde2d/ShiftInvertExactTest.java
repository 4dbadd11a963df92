package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.dist.Uniform;
import org.junit.jupiter.api.Test;

/**
 * The shift-and-invert integrator against the exact solution of the same semi-discrete system on
 * small meshes ({@link DenseFlow2D}: dense generalized eigendecomposition): the error at every
 * requested time is below the bound it reports, the bound below the tolerance asked for, and with a
 * tight tolerance the error goes down to rounding level; also for stiff problems (sigma_a = 100),
 * data that are not conjugate symmetric, and a time axis cut into segments.
 */
class ShiftInvertExactTest {

    private static final double[] TIMES = times(0, 3, 31);

    private static double[] times(double from, double to, int count) {
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = from + (to - from) * i / (count - 1);
        }
        return t;
    }

    /** A smooth conjugate-symmetric field (Re even, Im odd), or a general one. */
    private static double[][] initial(Mesh2D mesh, boolean symmetric) {
        double[][] u = new double[2][mesh.size()];
        for (int v = 0; v < mesh.size(); v++) {
            double a = mesh.xi1(v);
            double b = mesh.xi2(v);
            double envelope = Math.exp(-0.15 * (a * a + b * b));
            u[0][v] = envelope * Math.cos(1.3 * a - 0.4 * b) + (symmetric ? 0 : 0.3 * Math.sin(0.7 * a + 0.2 * b));
            u[1][v] = envelope * Math.sin(0.8 * a + 1.1 * b) + (symmetric ? 0 : 0.5 * envelope);
        }
        return u;
    }

    private record Outcome(double error, ShiftInvertIntegrator.Report report) {
    }

    /** Largest ||u - u_exact||_M / ||u0||_M over TIMES. */
    private static Outcome run(PdeProblem2D p, boolean symmetric, double maxStep, double tolerance) {
        Mesh2D mesh = p.mesh();
        StencilMatrix mass = P1Assembly2D.massStencil(mesh);
        StencilMatrix operator = p.operatorStencil();
        double[][] u0 = initial(mesh, symmetric);
        double[][][] got = new double[TIMES.length][][];
        ShiftInvertIntegrator.Report report = ShiftInvertIntegrator.integrate(mass, operator, u0[0], u0[1], TIMES,
            maxStep, tolerance, (i, re, im) -> got[i] = new double[][] {re, im});
        DMatrixSparseCSC m = mass.toCsc();
        DenseFlow2D exact = new DenseFlow2D(m, operator.toCsc());
        double norm0 = Math.hypot(mNorm(m, u0[0]), mNorm(m, u0[1]));
        double worst = 0;
        for (int i = 0; i < TIMES.length; i++) {
            double dr = mNorm(m, minus(got[i][0], exact.at(u0[0], TIMES[i])));
            double di = mNorm(m, minus(got[i][1], exact.at(u0[1], TIMES[i])));
            worst = Math.max(worst, Math.hypot(dr, di) / norm0);
        }
        return new Outcome(worst, report);
    }

    static double mNorm(DMatrixSparseCSC m, double[] x) {
        DMatrixRMaj mx = CommonOps_DSCC.mult(m, DMatrixRMaj.wrap(x.length, 1, x), null);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * mx.data[i];
        }
        return Math.sqrt(s);
    }

    static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    private static PdeProblem2D gaussian(double sigmaA, int elements) {
        return new PdeProblem2D(new RadialDistribution(new Gaussian(1.5)), sigmaA, true, 4, elements);
    }

    /** The property the solver promises (error <= bound <= tolerance), and 3x the measured error as a regression guard. */
    private static void assertHonest(Outcome o, double measured) {
        assertTrue(o.error <= o.report.bound(), "error " + o.error + " above its bound " + o.report.bound());
        assertTrue(o.report.bound() <= PdeSolver2D.TOLERANCE, "bound " + o.report.bound());
        assertTrue(o.error < 3 * measured, "error " + o.error + ", measured " + measured + " before");
    }

    @Test
    void errorStaysBelowTheReportedBoundAndTheTolerance() {
        double[] measured = {5.0e-10, 1.4e-10};                 // n = 12, 17 (bounds 4.5e-9, 5.9e-9)
        int[] elements = {12, 17};
        for (int m = 0; m < elements.length; m++) {
            Outcome o = run(gaussian(1, elements[m]), true, Double.POSITIVE_INFINITY, PdeSolver2D.TOLERANCE);
            System.out.printf("n = %d: error %.2e, bound %.2e, basis %d%n", elements[m], o.error, o.report.bound(),
                o.report.largestBasis());
            assertHonest(o, measured[m]);
            assertEquals(1, o.report.segments());
        }
    }

    @Test
    void tightToleranceReachesRoundingLevel() {
        Outcome o = run(gaussian(1, 16), true, Double.POSITIVE_INFINITY, 1e-12);
        System.out.printf("tolerance 1e-12: error %.2e, bound %.2e, basis %d%n", o.error, o.report.bound(),
            o.report.largestBasis());
        assertTrue(o.error <= o.report.bound() && o.report.bound() <= 1e-12, "bound " + o.report.bound());
        assertTrue(o.error < 1e-13, "error " + o.error);       // measured 2.1e-14
    }

    @Test
    void stiffProblemsConvergeInOneBasis() {
        // sigma_a = 100 (the largest a session allows): lambda_max(M^-1 A) ~ 1e6, yet one basis converges.
        PdeProblem2D stiff = gaussian(100, 16);
        Outcome o = run(stiff, true, Double.POSITIVE_INFINITY, PdeSolver2D.TOLERANCE);
        double rate = new DenseFlow2D(P1Assembly2D.massStencil(stiff.mesh()).toCsc(), stiff.operatorStencil().toCsc())
            .largestRate();
        System.out.printf("sigma_a = 100: lambda_max %.2e, error %.2e, bound %.2e, basis %d%n", rate, o.error,
            o.report.bound(), o.report.largestBasis());
        assertTrue(rate > 1e5, "not stiff: " + rate);
        assertHonest(o, 8.2e-13);                               // bound 6.3e-9: loose for stiff problems
        assertTrue(o.report.largestBasis() <= ShiftInvertLanczos.MAX_DIMENSION && o.report.segments() == 1,
            "basis " + o.report.largestBasis() + " in " + o.report.segments() + " segments");
    }

    @Test
    void dataWithoutConjugateSymmetryTakeTheSecondRun() {
        PdeProblem2D p = new PdeProblem2D(new ProductDistribution(new Uniform(3)), 0.7, true, 4, 14);
        Outcome o = run(p, false, Double.POSITIVE_INFINITY, PdeSolver2D.TOLERANCE);
        System.out.printf("general data: error %.2e, bound %.2e%n", o.error, o.report.bound());
        assertHonest(o, 4.1e-10);
    }

    @Test
    void segmentsGiveTheSameSolution() {
        Outcome o = run(gaussian(1, 12), true, 0.7, PdeSolver2D.TOLERANCE);
        System.out.printf("segments of 0.7: error %.2e, bound %.2e, %d segments%n", o.error, o.report.bound(),
            o.report.segments());
        assertEquals(5, o.report.segments());     // 3 / 0.7 -> 4.3
        assertHonest(o, 9.3e-10);
    }
}
