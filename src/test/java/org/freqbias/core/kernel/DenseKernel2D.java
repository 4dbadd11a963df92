package org.freqbias.core.kernel;

import org.ejml.data.DMatrixRMaj;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.grid.Domain;

/**
 * The dense infinite-width kernel matrix Theta(x_p, x_q) = (1 + sigma_a^2 x_p . x_q) phi(x_p - x_q)
 * on a 2D grid, entry by entry (phi taken once per lag vector), row-major points p = i1 N + i2: the
 * truth the matrix-free operator is checked against.
 */
final class DenseKernel2D {

    private DenseKernel2D() {
    }

    static DMatrixRMaj theta(Domain domain, FrequencyDistribution2D rho, double sigmaA) {
        int n = domain.samples();
        double[] x = domain.axis();
        double dx = domain.spacing();
        double[][] phi = new double[2 * n - 1][2 * n - 1];
        for (int l1 = 0; l1 < 2 * n - 1; l1++) {
            for (int l2 = 0; l2 < 2 * n - 1; l2++) {
                phi[l1][l2] = rho.characteristic((l1 - n + 1) * dx, (l2 - n + 1) * dx);
            }
        }
        DMatrixRMaj theta = new DMatrixRMaj(n * n, n * n);
        double s2 = sigmaA * sigmaA;
        for (int p = 0; p < n * n; p++) {
            for (int q = 0; q < n * n; q++) {
                int p1 = p / n, p2 = p % n, q1 = q / n, q2 = q % n;
                double dot = x[p1] * x[q1] + x[p2] * x[q2];
                theta.set(p, q, (1 + s2 * dot) * phi[p1 - q1 + n - 1][p2 - q2 + n - 1]);
            }
        }
        return theta;
    }
}
