package org.freqbias.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.Prediction;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class EigenKernelFlowTest {

    @Test
    void satisfiesTheFlowEquation() {
        double[] x = new double[64];
        for (int i = 0; i < x.length; i++) {
            x[i] = -4 + i * 0.125;
        }
        DMatrixRMaj theta = InfiniteWidthKernel.onUniformGrid(x, new Gaussian(2), 0.7);
        double[] r0 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r0[i] = Math.exp(-x[i] * x[i]) * Math.sin(3 * x[i]);
        }
        EigenKernelFlow flow = EigenKernelFlow.of(theta, 0.125, r0);
        assertArrayClose(r0, flow.residualAt(0), 1e-12);
        // (r(t+h) - r(t-h)) / 2h = -K r(t), K = Theta dx.
        double t = 0.3;
        double h = 1e-4;
        double[] plus = flow.residualAt(t + h);
        double[] minus = flow.residualAt(t - h);
        double[] now = flow.residualAt(t);
        for (int i = 0; i < x.length; i++) {
            double kr = 0;
            for (int j = 0; j < x.length; j++) {
                kr += theta.get(i, j) * 0.125 * now[j];
            }
            assertEquals(-kr, (plus[i] - minus[i]) / (2 * h), 1e-6);
        }
    }

    /**
     * The PDE is the infinite-width kernel flow written in frequency space: on the gaussian sample
     * session the two agree far better than the network does (THEORY.md section 7: 0.2 %).
     */
    @Test
    void infiniteWidthFlowMatchesThePde() throws Exception {
        Setup setup = Setup.of(SessionFiles.loadSample("gaussian-bias"));
        double[] x = setup.domain().axis();
        EigenKernelFlow flow = EigenKernelFlow.of(InfiniteWidthKernel.onUniformGrid(x, setup.session().distribution(),
                setup.session().network().sigmaA()), setup.domain().spacing(), initialResidual(setup));
        Prediction pde = setup.prediction();
        boolean[] compared = Agreement.within(setup.grid().magnitudes(), Agreement.DEFAULT_MAX_FREQUENCY);
        double[] abs0 = setup.initialResidual().abs();
        for (double t : new double[] {1, 3, 10, 20}) {
            double[] kernelAbs = Spectrum.of(flow.residualAt(t), setup.domain()).abs();
            double d = Agreement.relativeDistance(compared, kernelAbs, pde.absAt(t), abs0);
            System.out.printf("kernel flow vs PDE at t=%s: %.5f%n", t, d);
            assertTrue(d < 0.005, "kernel flow vs PDE at t=" + t + ": " + d);
        }
    }

    private static void assertArrayClose(double[] expected, double[] actual, double tol) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tol);
        }
    }

    private static double[] initialResidual(Setup setup) {
        double[] f = setup.initialFit();
        double[] g = setup.target();
        for (int i = 0; i < f.length; i++) {
            f[i] -= g[i];
        }
        return f;
    }
}
