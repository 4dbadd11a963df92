package org.freqbias.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Laplace;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

/** Initialization: exact zero output, the output scale, determinism. */
class FourierFeatureNetworkTest {

    @Test
    void zeroInitialOutputIsExactlyZeroInBothEvaluations() {
        Domain domain = Domain.line(10, 1024);
        double[] xs = domain.axis();
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(4096, 1.0, true), FrequencyDraw.of(new Gaussian(4)), 7);
        for (double v : net.evaluate(domain)) {
            assertEquals(0.0, v);
        }
        try (GradientDescent gd = new GradientDescent(net, domain, new double[xs.length], 0.01, 2)) {
            for (double v : gd.fit()) {
                assertEquals(0.0, v);
            }
        }
        double[] w = net.frequencies()[0];
        double[] a = net.cosineWeights();
        for (int j = 0; j < w.length; j += 2) {
            assertEquals(w[j], w[j + 1]);
            assertEquals(-a[j], a[j + 1]);
        }
    }

    @Test
    void randomInitialOutputHasVarianceSigmaASquared() {
        // Given the frequencies, f(x) = (1/sqrt(m)) sum_j (a_j cos + c_j sin) is exactly N(0, sigma_a^2):
        // 2000 independent networks give the sample variance to about 3 %; the band [0.8, 1.25] is
        // 6 standard errors wide, yet a factor sqrt(2) in the scale falls far outside it.
        double sigmaA = 1.5;
        int networks = 2000;
        double sumSq = 0;
        for (int s = 0; s < networks; s++) {
            FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(8, sigmaA, false),
                    FrequencyDraw.of(new Laplace(3)), 1000 + s);
            double f = net.evaluate(new double[][] {{0.9}})[0];
            sumSq += f * f;
        }
        double ratio = sumSq / networks / (sigmaA * sigmaA);
        assertTrue(ratio > 0.8 && ratio < 1.25, "variance / sigma_a^2 = " + ratio);
    }

    @Test
    void sameSeedSameNetworkOtherSeedOtherNetwork() {
        NetworkSpec spec = new NetworkSpec(64, 1.0, true);
        FourierFeatureNetwork one = FourierFeatureNetwork.initialize(spec, FrequencyDraw.of(new Gaussian(4)), 42);
        FourierFeatureNetwork two = FourierFeatureNetwork.initialize(spec, FrequencyDraw.of(new Gaussian(4)), 42);
        FourierFeatureNetwork other = FourierFeatureNetwork.initialize(spec, FrequencyDraw.of(new Gaussian(4)), 43);
        assertEquals(one, two);
        assertArrayEquals(one.frequencies()[0], two.frequencies()[0]);
        assertNotEquals(one, other);
    }

    @Test
    void trainingIsDeterministicForASeedAndThreadCount() {
        Domain domain = Domain.line(10, 256);
        double[] g = StepKernelTest.target(domain.axis());
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(1024, 1.0, true), FrequencyDraw.of(new Gaussian(4)), 3);
        FourierFeatureNetwork[] results = new FourierFeatureNetwork[2];
        for (int run = 0; run < 2; run++) {
            try (GradientDescent gd = new GradientDescent(net, domain, g, 0.01, 2)) {
                for (int s = 0; s < 5; s++) {
                    gd.step();
                }
                results[run] = gd.network();
            }
        }
        assertEquals(results[0], results[1]);
    }

    @Test
    void copiesAreDefensiveAndBadParametersAreRejected() {
        double[][] w = {{1, 2}};
        FourierFeatureNetwork net = FourierFeatureNetwork.of(w, new double[] {3, 4}, new double[] {5, 6});
        w[0][0] = 7;
        net.frequencies()[0][0] = 99;
        assertEquals(1.0, net.frequencies()[0][0]);
        assertEquals(2, net.width());
        assertEquals(1, net.dimension());
        assertThrows(IllegalArgumentException.class,
                () -> FourierFeatureNetwork.of(new double[][] {{1}}, new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> FourierFeatureNetwork.of(new double[][] {{Double.NaN}}, new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> FourierFeatureNetwork.of(new double[3][1], new double[1], new double[1]));
        assertThrows(IllegalArgumentException.class, () -> net.evaluate(new double[][] {{0.5, 0.5}}));
    }
}
