package org.freqbias.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

/** Gradients of the loss against central finite differences of the loss itself. */
class GradientTest {

    private static final Domain DOMAIN = Domain.line(3, 32);
    private static final double[] XS = DOMAIN.axis();
    private static final double[] G = StepKernelTest.target(XS);

    private static double loss(double[] w, double[] a, double[] c) {
        double[] f = FourierFeatureNetwork.of(new double[][] {w}, a, c).evaluate(Points.of(XS));
        double sum = 0;
        for (int i = 0; i < XS.length; i++) {
            sum += (f[i] - G[i]) * (f[i] - G[i]);
        }
        return 0.5 * sum * DOMAIN.spacing();
    }

    /** Central difference of the loss in parameter j of array p (0 = w, 1 = a, 2 = c). */
    private static double finiteDifference(double[][] params, int p, int j) {
        double h = 1e-5;
        double saved = params[p][j];
        params[p][j] = saved + h;
        double up = loss(params[0], params[1], params[2]);
        params[p][j] = saved - h;
        double down = loss(params[0], params[1], params[2]);
        params[p][j] = saved;
        return (up - down) / (2 * h);
    }

    private static FourierFeatureNetwork network() {
        return FourierFeatureNetwork.initialize(new NetworkSpec(6, 0.9, false), FrequencyDraw.of(new Gaussian(3)), 21);
    }

    @Test
    void referenceGradientMatchesFiniteDifferences() {
        FourierFeatureNetwork net = network();
        double[][] params = {net.frequencies()[0], net.cosineWeights(), net.sineWeights()};
        double[][] grad = new double[3][6];
        double loss = ReferenceStep.gradient(new double[][] {params[0]}, params[1], params[2], Points.of(XS), G,
                DOMAIN.spacing(), new double[][] {grad[0]}, grad[1], grad[2]);
        assertEquals(loss(params[0], params[1], params[2]), loss, 1e-14);
        for (int p = 0; p < 3; p++) {
            for (int j = 0; j < 6; j++) {
                double fd = finiteDifference(params, p, j);
                assertEquals(fd, grad[p][j], 1e-7 * (1 + Math.abs(fd)), "parameter " + p + "," + j);
            }
        }
    }

    @Test
    void fastStepMovesEachParameterByEtaTimesTheFiniteDifferenceGradient() {
        FourierFeatureNetwork net = network();
        double[][] params = {net.frequencies()[0], net.cosineWeights(), net.sineWeights()};
        double eta = 1e-3;
        try (GradientDescent gd = new GradientDescent(net, DOMAIN, G, eta)) {
            gd.step();
            FourierFeatureNetwork after = gd.network();
            double[][] moved = {after.frequencies()[0], after.cosineWeights(), after.sineWeights()};
            for (int p = 0; p < 3; p++) {
                for (int j = 0; j < 6; j++) {
                    double fd = finiteDifference(params, p, j);
                    double step = (params[p][j] - moved[p][j]) / eta;
                    assertEquals(fd, step, 1e-7 * (1 + Math.abs(fd)), "parameter " + p + "," + j);
                }
            }
        }
    }
}
