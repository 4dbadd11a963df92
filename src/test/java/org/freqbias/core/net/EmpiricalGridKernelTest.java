package org.freqbias.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ejml.data.DMatrixRMaj;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

/** The grid kernel's Toeplitz-plus-Hankel split equals the direct sum over neurons. */
class EmpiricalGridKernelTest {

    @Test
    void equalsTheDirectSumOnAnOffCentreGrid() {
        for (boolean zeroOutput : new boolean[] {true, false}) {
            FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(zeroOutput ? 98 : 97, 1.3, zeroOutput), FrequencyDraw.of(new Gaussian(3)), 11);
            double[] x = new double[64];
            for (int k = 0; k < x.length; k++) {
                x[k] = -4.2 + k * 0.15; // not symmetric about 0: x_0 enters the Hankel part
            }
            double[][] direct = EmpiricalKernel.matrix(net, Points.of(x));
            DMatrixRMaj grid = EmpiricalGridKernel.onUniformGrid(net, x);
            for (int k = 0; k < x.length; k++) {
                for (int l = 0; l < x.length; l++) {
                    assertEquals(direct[k][l], grid.get(k, l), 1e-11 * (1 + Math.abs(direct[k][l])), k + "," + l);
                }
            }
        }
    }
}
