package org.freqbias.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

/** Training behaviour: the loss falls at a small learning rate, and a huge one is reported. */
class GradientDescentTest {

    private static final Domain DOMAIN = Domain.line(4, 128);
    private static final double[] G = StepKernelTest.target(DOMAIN.axis());

    private static FourierFeatureNetwork network() {
        return FourierFeatureNetwork.initialize(new NetworkSpec(256, 1.0, true), FrequencyDraw.of(new Gaussian(4)), 9);
    }

    @Test
    void smallLearningRateDecreasesTheLossAtEveryStep() {
        try (GradientDescent gd = new GradientDescent(network(), DOMAIN, G, 0.01)) {
            double initial = gd.loss();
            double expected = 0;
            for (double g : G) {
                expected += 0.5 * g * g * DOMAIN.spacing();
            }
            assertEquals(expected, initial, 1e-12 * expected, "zero output: the first loss is 1/2 |g|^2");
            double previous = initial;
            for (int s = 0; s < 300; s++) {
                gd.step();
                assertTrue(gd.loss() < previous, "loss rose at step " + s);
                previous = gd.loss();
            }
            assertEquals(300, gd.stepsDone());
            assertEquals(3.0, gd.time(), 1e-12);
            assertTrue(gd.loss() < 0.5 * initial, "loss " + gd.loss() + " from " + initial);
            assertTrue(gd.isFinite());
        }
    }

    @Test
    void hugeLearningRateIsReportedAsDivergence() {
        try (GradientDescent gd = new GradientDescent(network(), DOMAIN, G, 1e6)) {
            TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> {
                for (int s = 0; s < 1000; s++) {
                    gd.step();
                }
            });
            assertTrue(e.getMessage().contains("smaller learning rate"), e.getMessage());
            assertFalse(gd.isFinite());
            assertThrows(TrainingDivergedException.class, gd::step);
        }
    }

    @Test
    void inputsAreChecked() {
        FourierFeatureNetwork net = network();
        assertThrows(IllegalArgumentException.class, () -> new GradientDescent(net, DOMAIN, new double[3], 0.01));
        assertThrows(IllegalArgumentException.class, () -> new GradientDescent(net, DOMAIN, G, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new GradientDescent(net, new Domain(2, 4, 16), new double[16], 0.01));
    }
}
