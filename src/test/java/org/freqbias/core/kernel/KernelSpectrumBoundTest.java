package org.freqbias.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Uniform;
import org.junit.jupiter.api.Test;

/** The matrix-free power iteration against a dense eigendecomposition of the same kernel matrix. */
class KernelSpectrumBoundTest {

    @Test
    void matchesTheDenseLargestEigenvalue() {
        for (FrequencyDistribution rho : new FrequencyDistribution[] {new Gaussian(4), new Uniform(6)}) {
            double[] x = new double[200];
            double dx = 0.1;
            for (int i = 0; i < x.length; i++) {
                x[i] = -10 + i * dx;
            }
            DMatrixRMaj k = InfiniteWidthKernel.onUniformGrid(x, rho, 0.8);
            for (int i = 0; i < k.data.length; i++) {
                k.data[i] *= dx;
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(x.length, false, true);
            eig.decompose(k);
            double dense = 0;
            for (int i = 0; i < x.length; i++) {
                dense = Math.max(dense, eig.getEigenvalue(i).getReal());
            }
            assertEquals(dense, KernelSpectrumBound.largestEigenvalue(x, rho, 0.8), 1e-3 * dense, rho.label());
        }
    }
}
