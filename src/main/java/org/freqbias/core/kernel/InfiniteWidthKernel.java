package org.freqbias.core.kernel;

import org.ejml.data.DMatrixRMaj;
import org.freqbias.core.dist.FrequencyDistribution;

/**
 * The limit kernel of the 2-layer Fourier-features network (THEORY.md section 3):
 * Theta(x, y) = (1 + sigma_a^2 x y) phi(x - y), with phi the characteristic function of rho.
 */
public final class InfiniteWidthKernel {

    private InfiniteWidthKernel() {
    }

    /**
     * Theta on a uniform grid x_i = x_0 + i dx. phi depends only on i - j there, so it is evaluated
     * once per lag.
     */
    public static DMatrixRMaj onUniformGrid(double[] x, FrequencyDistribution rho, double sigmaA) {
        int n = x.length;
        double dx = n > 1 ? x[1] - x[0] : 0;
        double[] phiByLag = new double[n];
        for (int lag = 0; lag < n; lag++) {
            phiByLag[lag] = rho.characteristic(lag * dx);
        }
        double s2 = sigmaA * sigmaA;
        DMatrixRMaj theta = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                theta.unsafe_set(i, j, (1 + s2 * x[i] * x[j]) * phiByLag[Math.abs(i - j)]);
            }
        }
        return theta;
    }
}
