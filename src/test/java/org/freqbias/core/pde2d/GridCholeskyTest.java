package org.freqbias.core.pde2d;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.ops.DConvertMatrixStruct;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.junit.jupiter.api.Test;

/** The nested-dissection Cholesky against EJML's dense LU solve of the same matrix, on grids of every shape of dissection. */
class GridCholeskyTest {

    /** max |x - x_dense| / max |x_dense| for B = M + gamma A of a diffusion problem on an n x n mesh. */
    private static double solveError(int elements, double gamma, long seed) {
        PdeProblem2D p = new PdeProblem2D(new RadialDistribution(new Gaussian(1.5)), 1.3, true, 4, elements);
        StencilMatrix b = StencilMatrix.combine(1, P1Assembly2D.massStencil(p.mesh()), gamma, p.operatorStencil());
        Random rng = new Random(seed);
        double[] rhs = new double[b.size()];
        for (int i = 0; i < rhs.length; i++) {
            rhs[i] = rng.nextGaussian();
        }
        double[] x = rhs.clone();
        GridCholesky.of(b).solve(x);
        DMatrixRMaj dense = DConvertMatrixStruct.convert(b.toCsc(), (DMatrixRMaj) null);
        DMatrixRMaj expected = new DMatrixRMaj(b.size(), 1);
        CommonOps_DDRM.solve(dense, DMatrixRMaj.wrap(b.size(), 1, rhs), expected);
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < x.length; i++) {
            diff = Math.max(diff, Math.abs(x[i] - expected.data[i]));
            scale = Math.max(scale, Math.abs(expected.data[i]));
        }
        return diff / scale;
    }

    @Test
    void solvesLikeADenseFactorizationOnEveryGridSize() {
        // 2 .. 6: one leaf front; 7 .. 20: one to three levels of separators, odd and even line counts.
        double worst = 0;
        for (int elements = 2; elements <= 20; elements++) {
            for (double gamma : new double[] {0.01, 1, 100}) {
                worst = Math.max(worst, solveError(elements, gamma, elements));
            }
        }
        System.out.printf("grid Cholesky vs dense LU: max relative difference %.2e%n", worst);
        assertTrue(worst < 3e-15, "difference " + worst);     // measured 7.5e-16
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsRefused() {
        StencilMatrix b = P1Assembly2D.massStencil(new Mesh2D(1, 9));
        b.diag[40] = -1;
        assertThrows(IllegalStateException.class, () -> GridCholesky.of(b));
    }
}
