package org.freqbias.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.junit.jupiter.api.Test;

/** The Lanczos evaluation of exp(-K t) r(0) against the dense eigendecomposition of {@link EigenKernelFlow}. */
class KrylovKernelFlowTest {

    private static final double[] TIMES = {0, 0.5, 2, 5};

    /** K as an explicit matrix times a weight: the dense truth seen through the operator interface. */
    private record Dense(DMatrixRMaj theta, double weight) implements KernelOperator {
        @Override
        public int size() {
            return theta.numRows;
        }

        @Override
        public void apply(double[] v, double[] out) {
            int n = size();
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += theta.data[i * n + j] * v[j];
                }
                out[i] = weight * s;
            }
        }
    }

    @Test
    void matchesTheDenseFlowIn1D() {
        Domain domain = Domain.line(10, 256);
        double[] x = domain.axis();
        double[] r0 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r0[i] = -Math.exp(-x[i] * x[i] / 2) * (Math.sin(2 * x[i]) + Math.sin(6 * x[i]) + Math.sin(11 * x[i]));
        }
        DMatrixRMaj theta = InfiniteWidthKernel.onUniformGrid(x, new Gaussian(4), 1);
        assertClose(EigenKernelFlow.of(theta, domain.spacing(), r0),
                KrylovKernelFlow.of(new Dense(theta, domain.spacing()), r0, TIMES), r0, "1D N=256");
    }

    @Test
    void matchesTheDenseFlowIn2D() {
        Domain domain = new Domain(2, 4, 16);
        RadialDistribution rho = new RadialDistribution(new Gaussian(3));
        double[][] points = FourierFeatureNetwork.points(domain);
        double[] r0 = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            double[] x = points[p];
            r0[p] = Math.exp(-(x[0] * x[0] + x[1] * x[1]) / 2) * Math.sin(2 * x[0] + 3 * x[1]);
        }
        DMatrixRMaj theta = DenseKernel2D.theta(domain, rho, 1);
        double w = domain.spacing() * domain.spacing();
        KrylovKernelFlow krylov = KrylovKernelFlow.of(new InfiniteWidthOperator2D(domain, rho, 1), r0, TIMES);
        assertClose(EigenKernelFlow.of(theta, w, r0), krylov, r0, "2D 16x16");
    }

    @Test
    void saysSoWhenTheCapIsTooSmall() {
        Domain domain = new Domain(2, 4, 16);
        double[] r0 = new double[256];
        for (int p = 0; p < r0.length; p++) {
            r0[p] = Math.sin(0.37 * p * p);
        }
        InfiniteWidthOperator2D k = new InfiniteWidthOperator2D(domain, new RadialDistribution(new Gaussian(3)), 1);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KrylovKernelFlow.of(k, r0, new double[] {50}, 1e-10, 8));
        assertTrue(e.getMessage().contains("did not converge within 8 vectors"), e.getMessage());
    }

    @Test
    void zeroResidualStaysZero() {
        Domain domain = new Domain(2, 4, 8);
        KrylovKernelFlow flow = KrylovKernelFlow.of(new InfiniteWidthOperator2D(domain, new RadialDistribution(new Gaussian(3)), 1),
                new double[64], TIMES);
        assertEquals(0, flow.dimension());
        assertEquals(0, flow.residualAt(1)[5]);
    }

    private static void assertClose(EigenKernelFlow dense, KrylovKernelFlow krylov, double[] r0, String label) {
        double norm0 = Math.sqrt(java.util.Arrays.stream(r0).map(v -> v * v).sum());
        for (double t : TIMES) {
            double[] a = dense.residualAt(t);
            double[] b = krylov.residualAt(t);
            double diff = 0;
            for (int i = 0; i < a.length; i++) {
                diff += (a[i] - b[i]) * (a[i] - b[i]);
            }
            double rel = Math.sqrt(diff) / norm0;
            System.out.printf("%s: Krylov (k=%d) vs dense eigen at t=%s: %.2e%n", label, krylov.dimension(), t, rel);
            assertTrue(rel < 1e-8, label + " t=" + t + ": " + rel);
        }
    }
}
