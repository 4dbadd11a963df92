package org.freqbias.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

/** 2D gradients (reference and fast step) against central finite differences of the loss itself. */
class Gradient2DTest {

    private static final Domain DOMAIN = new Domain(2, 2, 16);
    private static final double[][] POINTS = FourierFeatureNetwork.points(DOMAIN);
    private static final double[] G = StepKernel2DTest.target(POINTS);
    private static final double CELL = DOMAIN.spacing() * DOMAIN.spacing();
    private static final int M = 5;

    /** params = {w1, w2, a, c}. */
    private static double loss(double[][] params) {
        double[] f = FourierFeatureNetwork.of(new double[][] {params[0], params[1]}, params[2], params[3]).evaluate(POINTS);
        double sum = 0;
        for (int i = 0; i < POINTS.length; i++) {
            sum += (f[i] - G[i]) * (f[i] - G[i]);
        }
        return 0.5 * sum * CELL;
    }

    private static double finiteDifference(double[][] params, int p, int j) {
        double h = 1e-5;
        double saved = params[p][j];
        params[p][j] = saved + h;
        double up = loss(params);
        params[p][j] = saved - h;
        double down = loss(params);
        params[p][j] = saved;
        return (up - down) / (2 * h);
    }

    private static FourierFeatureNetwork network() {
        return FourierFeatureNetwork.initialize(new NetworkSpec(M, 0.9, false), FrequencyDraw.of(new RadialDistribution(new Gaussian(2))), 21);
    }

    private static double[][] params(FourierFeatureNetwork net) {
        double[][] w = net.frequencies();
        return new double[][] {w[0], w[1], net.cosineWeights(), net.sineWeights()};
    }

    @Test
    void referenceGradientMatchesFiniteDifferences() {
        double[][] params = params(network());
        double[][] gw = new double[2][M];
        double[] ga = new double[M];
        double[] gc = new double[M];
        double loss = ReferenceStep.gradient(new double[][] {params[0], params[1]}, params[2], params[3], POINTS, G,
                CELL, gw, ga, gc);
        assertEquals(loss(params), loss, 1e-14);
        double[][] grad = {gw[0], gw[1], ga, gc};
        for (int p = 0; p < 4; p++) {
            for (int j = 0; j < M; j++) {
                double fd = finiteDifference(params, p, j);
                assertEquals(fd, grad[p][j], 1e-7 * (1 + Math.abs(fd)), "parameter " + p + "," + j);
            }
        }
    }

    @Test
    void fastStepMovesEachParameterByEtaTimesTheFiniteDifferenceGradient() {
        FourierFeatureNetwork net = network();
        double[][] params = params(net);
        double eta = 1e-3;
        try (GradientDescent gd = new GradientDescent(net, DOMAIN, G, eta)) {
            assertEquals(loss(params), gd.loss(), 1e-13);
            gd.step();
            double[][] moved = params(gd.network());
            for (int p = 0; p < 4; p++) {
                for (int j = 0; j < M; j++) {
                    double fd = finiteDifference(params, p, j);
                    double step = (params[p][j] - moved[p][j]) / eta;
                    assertEquals(fd, step, 1e-7 * (1 + Math.abs(fd)), "parameter " + p + "," + j);
                }
            }
        }
    }
}
