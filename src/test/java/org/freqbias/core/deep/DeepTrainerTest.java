package org.freqbias.core.deep;

import org.freqbias.core.net.TrainingDivergedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.grid.Domain;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

class DeepTrainerTest {

    @Test
    void gradientDescentAndAdamBothFitAWavePacket() {
        double gd = lossRatio(new GradientDescentOptimizer(0.05), 150);
        double adam = lossRatio(new AdamOptimizer(0.005), 150);
        assertTrue(gd < 0.1, "GD kept " + gd + " of the initial loss");
        assertTrue(adam < 0.1, "Adam kept " + adam + " of the initial loss");
    }

    @Test
    void aHugeLearningRateIsReportedAsDivergenceAndLeavesFiniteParameters() {
        DeepTrainer trainer = trainer(new GradientDescentOptimizer(1e6));
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> {
            for (int s = 0; s < 200; s++) {
                trainer.step();
            }
        });
        assertEquals(trainer.stepsDone(), e.step());
        assertTrue(e.getMessage().contains("smaller learning rate"), e.getMessage());
        for (double v : trainer.network().parameters()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void theTrainerRejectsATargetOfTheWrongSizeOrNotFinite() {
        DeepFourierNetwork net = DeepFourierNetwork.initialize(DeepNetworkSpec.line(4, Activation.TANH), FrequencyDraw.of(new Gaussian(1)), 1);
        Domain domain = Domain.line(1, 8);
        Optimizer gd = new GradientDescentOptimizer(0.1);
        assertThrows(IllegalArgumentException.class, () -> new DeepTrainer(net, domain, new double[7], gd));
        double[] bad = new double[8];
        bad[3] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DeepTrainer(net, domain, bad, gd));
        assertTrue(e.getMessage().contains("grid point 3"), e.getMessage());
    }

    /** loss after {@code steps} updates over the initial loss. */
    private static double lossRatio(Optimizer optimizer, int steps) {
        DeepTrainer trainer = trainer(optimizer);
        double initial = trainer.loss();
        for (int s = 0; s < steps; s++) {
            trainer.step();
        }
        assertEquals(steps, trainer.stepsDone());
        return trainer.loss() / initial;
    }

    /** exp(-x^2/2) sin(3x) on L = 5, N = 64 with 32 features and hidden [16, 16]. */
    private static DeepTrainer trainer(Optimizer optimizer) {
        Domain domain = Domain.line(5, 64);
        double[] x = domain.axis();
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            g[i] = Math.exp(-0.5 * x[i] * x[i]) * Math.sin(3 * x[i]);
        }
        DeepFourierNetwork net = DeepFourierNetwork.initialize(DeepNetworkSpec.line(32, Activation.TANH, 16, 16),
                FrequencyDraw.of(new Gaussian(3)), 7);
        return new DeepTrainer(net, domain, g, optimizer);
    }
}
