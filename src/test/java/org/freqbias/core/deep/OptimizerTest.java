package org.freqbias.core.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OptimizerTest {

    @Test
    void gradientDescentSubtractsEtaTimesTheGradient() {
        double[] p = {1, -2, 0.5};
        new GradientDescentOptimizer(0.1).update(p, new double[] {0.3, -4, 0});
        assertArrayEquals(new double[] {0.97, -1.6, 0.5}, p, 1e-15);
    }

    @Test
    void adamFirstStepIsEtaTimesTheSignScaledGradient() {
        // s = 1: m^ = g, v^ = g^2, so theta <- theta - eta g / (|g| + eps).
        double[] p = {1, -2, 0.5};
        new AdamOptimizer(0.1).update(p, new double[] {0.3, -4, 0});
        // 1 - 0.1 * 0.3 / (0.3 + 1e-8) = 1 - 0.1 / (1 + 1e-8 / 0.3) = 0.9000000033333332...
        // -2 + 0.1 * 4 / (4 + 1e-8) = -2 + 0.1 / (1 + 2.5e-9) = -1.90000000025
        assertArrayEquals(new double[] {0.90000000333333322, -1.90000000025, 0.5}, p, 1e-15);
    }

    @Test
    void adamSecondStepUsesBiasCorrectedMoments() {
        // beta1 = 0.5, beta2 = 0.75, eps = 0; gradients 2 then 1:
        // m1 = 0.5 * 2 = 1, m2 = 0.5 * 1 + 0.5 * 1 = 1, m^ = 1 / (1 - 0.25) = 4/3;
        // v1 = 0.25 * 4 = 1, v2 = 0.75 * 1 + 0.25 * 1 = 1, v^ = 1 / (1 - 0.5625) = 16/7;
        // second step = eta * (4/3) / sqrt(16/7) = eta * sqrt(7) / 3.
        AdamOptimizer adam = new AdamOptimizer(0.3, 0.5, 0.75, 1e-300);
        double[] p = {0};
        adam.update(p, new double[] {2});
        assertEquals(-0.3, p[0], 1e-15);
        adam.update(p, new double[] {1});
        assertEquals(-0.3 - 0.3 * Math.sqrt(7) / 3, p[0], 1e-15);
    }

    @Test
    void adamRefusesAParameterVectorOfAnotherLength() {
        AdamOptimizer adam = new AdamOptimizer(0.1);
        adam.update(new double[2], new double[2]);
        assertThrows(IllegalStateException.class, () -> adam.update(new double[3], new double[3]));
    }
}
