package org.freqbias.core.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.freqbias.core.dist.FrequencySampler;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.dist.Uniform;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

/** With no hidden layer the network is f(x) = (1/sqrt m) sum_j a_j cos(w_j . x) + c_j sin(w_j . x). */
class TwoLayerReductionTest {

    @Test
    void evaluateIsTheTwoLayerFormulaIn1d() {
        int m = 7;
        DeepNetworkSpec spec = new DeepNetworkSpec(1, m, new int[0], Activation.RELU, 1.5, false);
        DeepFourierNetwork net = DeepFourierNetwork.initialize(spec, FrequencyDraw.of(new Uniform(6)), 3);
        double[] p = net.parameters();
        assertEquals(3 * m, p.length);
        double[] xs = {-3.2, -0.5, 0, 0.25, 4.75};
        double[] f = net.evaluate(xs);
        for (int i = 0; i < xs.length; i++) {
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += p[m + j] * Math.cos(p[j] * xs[i]) + p[2 * m + j] * Math.sin(p[j] * xs[i]);
            }
            assertEquals(sum / Math.sqrt(m), f[i], 1e-12);
        }
    }

    @Test
    void evaluateIsTheTwoLayerFormulaIn2d() {
        int m = 5;
        DeepNetworkSpec spec = new DeepNetworkSpec(2, m, new int[0], Activation.TANH, 1.0, false);
        DeepFourierNetwork net = DeepFourierNetwork.initialize(spec, FrequencyDraw.of(new ProductDistribution(new Gaussian(3))), 4);
        double[] p = net.parameters();
        double[] points = {0.5, -1, 2, 0.25, -0.75, -0.1};
        double[] f = net.evaluate(points);
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int j = 0; j < m; j++) {
                double theta = p[2 * j] * points[2 * i] + p[2 * j + 1] * points[2 * i + 1];
                sum += p[2 * m + j] * Math.cos(theta) + p[3 * m + j] * Math.sin(theta);
            }
            assertEquals(sum / Math.sqrt(m), f[i], 1e-12);
        }
    }

    @Test
    void frequenciesAreTheSamplersDrawsFromAGeneratorSplitOffTheSeed() {
        DeepNetworkSpec spec = DeepNetworkSpec.line(6, Activation.SINE, 4);
        Gaussian rho = new Gaussian(4);
        double[] w = DeepFourierNetwork.initialize(spec, FrequencyDraw.of(rho), 99).frequencies();
        assertArrayEquals(FrequencySampler.draw(rho, 6, spec.sampling(), new SplittableRandom(99).split()), w, 0.0);
        assertArrayEquals(DeepFourierNetwork.initialize(spec, FrequencyDraw.of(rho), 99).parameters(),
                DeepFourierNetwork.initialize(spec, FrequencyDraw.of(rho), 99).parameters(), 0.0);
        assertFalse(Arrays.equals(w, DeepFourierNetwork.initialize(spec, FrequencyDraw.of(rho), 100).frequencies()));
    }

    @Test
    void zeroInitialOutputSubtractsTheFrozenInitialNetwork() {
        int m = 4;
        DeepNetworkSpec spec = new DeepNetworkSpec(1, m, new int[0], Activation.TANH, 1.0, true);
        DeepFourierNetwork net = DeepFourierNetwork.initialize(spec, FrequencyDraw.of(new Gaussian(2)), 5);
        double[] xs = {-1, 0.3, 2};
        assertArrayEquals(new double[3], net.evaluate(xs), 0.0);

        double[] p0 = net.parameters();
        double[] p = p0.clone();
        SplittableRandom rng = new SplittableRandom(1);
        for (int q = 0; q < p.length; q++) {
            p[q] += rng.nextGaussian();
        }
        double[] f = net.withParameters(p).evaluate(xs);
        for (int i = 0; i < xs.length; i++) {
            assertEquals(twoLayer(p, m, xs[i]) - twoLayer(p0, m, xs[i]), f[i], 1e-12);
        }
    }

    private static double twoLayer(double[] p, int m, double x) {
        double sum = 0;
        for (int j = 0; j < m; j++) {
            sum += p[m + j] * Math.cos(p[j] * x) + p[2 * m + j] * Math.sin(p[j] * x);
        }
        return sum / Math.sqrt(m);
    }
}
