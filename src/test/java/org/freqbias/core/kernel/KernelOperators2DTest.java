package org.freqbias.core.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.net.EmpiricalKernel;
import org.freqbias.core.net.EmpiricalKernelOperator2D;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

/**
 * The matrix-free 2D kernel operators against their dense matrices on a 16 x 16 grid: the
 * infinite-width one against Theta(x_p, x_q) dx^2 built entry by entry from rho's characteristic
 * function, the linearized network's against {@link EmpiricalKernel#matrix} times dx^2.
 */
class KernelOperators2DTest {

    static final Domain GRID = new Domain(2, 3.0, 16);

    @Test
    void infiniteWidthOperatorIsTheDenseKernel() {
        for (FrequencyDistribution2D rho : new FrequencyDistribution2D[] {
                new RadialDistribution(new Gaussian(2)), new ProductDistribution(new Uniform(3))}) {
            double sigmaA = 0.8;
            var theta = DenseKernel2D.theta(GRID, rho, sigmaA);
            int n = theta.numRows;
            double dx = GRID.spacing();
            double[][] k = new double[n][n];
            for (int p = 0; p < n; p++) {
                for (int q = 0; q < n; q++) {
                    k[p][q] = theta.get(p, q) * dx * dx;
                }
            }
            assertMatchesDense(new InfiniteWidthOperator2D(GRID, rho, sigmaA), k, rho.label());
        }
    }

    @Test
    void linearizedOperatorIsTheEmpiricalKernel() {
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(64, 0.9, false),
                FrequencyDraw.of(new RadialDistribution(new Gaussian(2))), 7);
        double[][] theta = EmpiricalKernel.matrix(net, FourierFeatureNetwork.points(GRID));
        double w = GRID.spacing() * GRID.spacing();
        for (double[] row : theta) {
            for (int q = 0; q < row.length; q++) {
                row[q] *= w;
            }
        }
        assertMatchesDense(new EmpiricalKernelOperator2D(net, GRID), theta, "empirical");
    }

    /** max |K v - A v| / max |A v| over a few random v stays at rounding level. */
    private static void assertMatchesDense(KernelOperator op, double[][] dense, String label) {
        SplittableRandom rng = new SplittableRandom(3);
        int n = dense.length;
        double[] out = new double[n];
        for (int trial = 0; trial < 3; trial++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rng.nextDouble(-1, 1);
            }
            op.apply(v, out);
            double err = 0;
            double scale = 0;
            for (int p = 0; p < n; p++) {
                double ref = 0;
                for (int q = 0; q < n; q++) {
                    ref += dense[p][q] * v[q];
                }
                err = Math.max(err, Math.abs(out[p] - ref));
                scale = Math.max(scale, Math.abs(ref));
            }
            assertTrue(err <= 1e-12 * scale, label + ": relative error " + err / scale);
        }
    }
}
