package org.freqbias.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

/** Initialization, determinism and training behaviour of the 2D network. */
class FourierFeatureNetwork2DTest {

    private static final FrequencyDistribution2D RHO = new RadialDistribution(new Gaussian(3));
    private static final Domain DOMAIN = new Domain(2, 3, 32);
    private static final double[] G = StepKernel2DTest.target(FourierFeatureNetwork.points(DOMAIN));

    @Test
    void zeroInitialOutputIsExactlyZeroInFormulaAndTrainer() {
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(2050, 1.3, true), FrequencyDraw.of(RHO), 4);
        for (double v : net.evaluate(DOMAIN)) {
            assertEquals(0.0, v, 0.0);
        }
        try (GradientDescent gd = new GradientDescent(net, DOMAIN, G, 0.01, 2)) {
            for (double v : gd.fit()) {
                assertEquals(0.0, v, 0.0);
            }
            double expected = 0;
            for (double g : G) {
                expected += 0.5 * g * g * DOMAIN.spacing() * DOMAIN.spacing();
            }
            assertEquals(expected, gd.loss(), 1e-14 * expected);
        }
    }

    @Test
    void initializationAndTrainingAreDeterministicPerSeed() {
        NetworkSpec spec = new NetworkSpec(64, 1.0, true);
        FourierFeatureNetwork first = FourierFeatureNetwork.initialize(spec, FrequencyDraw.of(RHO), 7);
        assertEquals(first, FourierFeatureNetwork.initialize(spec, FrequencyDraw.of(RHO), 7));
        assertNotEquals(first, FourierFeatureNetwork.initialize(spec, FrequencyDraw.of(RHO), 8));
        double[][] w = first.frequencies();
        assertEquals(2, first.dimension());
        assertEquals(w[0][0], w[0][1], "pair (0, 1) shares its frequency");
        assertEquals(w[1][0], w[1][1], "pair (0, 1) shares its frequency");
        assertEquals(first.cosineWeights()[0], -first.cosineWeights()[1]);
        try (GradientDescent one = new GradientDescent(first, DOMAIN, G, 0.05, 2);
                GradientDescent two = new GradientDescent(first, DOMAIN, G, 0.05, 2)) {
            for (int s = 0; s < 3; s++) {
                one.step();
                two.step();
            }
            assertEquals(one.network(), two.network());
            assertArrayEquals(one.fit(), two.fit());
        }
    }

    @Test
    void frequenciesFollowRho() {
        // Radial gaussian with sigma = 3: E|w|^2 = 2 sigma^2 = 18; the mean is 0.
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(20000, 1.0, false), FrequencyDraw.of(RHO), 5);
        double sum1 = 0, sum2 = 0, square = 0;
        double[][] w = net.frequencies();
        for (int j = 0; j < net.width(); j++) {
            sum1 += w[0][j];
            sum2 += w[1][j];
            square += w[0][j] * w[0][j] + w[1][j] * w[1][j];
        }
        int m = net.width();
        assertEquals(18, square / m, 18 * 5 * Math.sqrt(1.0 / m), "E|w|^2 within 5 standard errors");
        assertEquals(0, sum1 / m, 5 * 3 / Math.sqrt(m));
        assertEquals(0, sum2 / m, 5 * 3 / Math.sqrt(m));
    }

    @Test
    void smallLearningRateDecreasesTheLossAndHugeOneIsReported() {
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(256, 1.0, true), FrequencyDraw.of(RHO), 9);
        try (GradientDescent gd = new GradientDescent(net, DOMAIN, G, 0.05)) {
            double initial = gd.loss();
            double previous = initial;
            for (int s = 0; s < 100; s++) {
                gd.step();
                assertTrue(gd.loss() < previous, "loss rose at step " + s);
                previous = gd.loss();
            }
            assertEquals(100, gd.stepsDone());
            assertEquals(5.0, gd.time(), 1e-12);
            assertTrue(gd.loss() < 0.7 * initial, "loss " + gd.loss() + " from " + initial);
        }
        try (GradientDescent gd = new GradientDescent(net, DOMAIN, G, 1e7)) {
            assertThrows(TrainingDivergedException.class, () -> {
                for (int s = 0; s < 1000; s++) {
                    gd.step();
                }
            });
            assertFalse(gd.isFinite());
        }
    }

    @Test
    void inputsAreChecked() {
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(8, 1.0, true), FrequencyDraw.of(RHO), 1);
        assertThrows(IllegalArgumentException.class, () -> new GradientDescent(net, Domain.line(3, 32), new double[32], 0.1));
        assertThrows(IllegalArgumentException.class, () -> new GradientDescent(net, DOMAIN, new double[32], 0.1));
        assertThrows(IllegalArgumentException.class,
                () -> FourierFeatureNetwork.of(new double[][] {new double[2], new double[1]}, new double[2], new double[2]));
    }
}
