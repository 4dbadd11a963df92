package org.freqbias.core.deep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.spectrum.Spectrum;
import org.junit.jupiter.api.Test;
import org.freqbias.core.spectrum.LineGrid;
import org.freqbias.core.dist.FrequencyDraw;

/**
 * The frequency-bias experiment in miniature, on the deep network: target
 * exp(-x^2/2) (sin 2x + sin 11x) on L = 10, N = 256; 256 features, hidden [64, 64], tanh, zero
 * initial output, GD with eta = 0.05. The learning time of a peak is the first t = eta * step with
 * |r^(xi_p, t)| / |r^(xi_p, 0)| < 1/e. A gaussian(sigma=4) first layer learns xi = 11 far later
 * than xi = 2; a uniform(band=15) first layer learns both at about the same time.
 */
class FrequencyBiasTest {

    private static final Domain DOMAIN = Domain.line(10, 256);
    private static final double ETA = 0.05;
    private static final double[] PEAKS = {2, 11};

    @Test
    void gaussianFirstLayerLearnsTheHighPeakMuchLaterThanUniform() {
        double[] uniform = learningTimes(new Uniform(15), 400);
        double[] gaussian = learningTimes(new Gaussian(4), 240);

        assertTrue(Double.isFinite(uniform[0]) && Double.isFinite(uniform[1]),
                "uniform should learn both peaks by t = 20: " + uniform[0] + ", " + uniform[1]);
        assertTrue(Double.isFinite(gaussian[0]), "gaussian should learn xi = 2 by t = 12");
        double uniformRatio = uniform[1] / uniform[0];
        // If xi = 11 is not learned by the end, the end time is a lower bound of its learning time.
        double gaussianRatio = Math.min(gaussian[1], 240 * ETA) / gaussian[0];
        assertTrue(gaussianRatio >= 3 * uniformRatio,
                "high/low learning-time ratio: gaussian >= " + gaussianRatio + ", uniform " + uniformRatio);
    }

    /** Learning times of the peaks 2 and 11 (infinite when not reached within maxSteps). */
    private static double[] learningTimes(FrequencyDistribution rho, int maxSteps) {
        double[] x = DOMAIN.axis();
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            g[i] = Math.exp(-0.5 * x[i] * x[i]) * (Math.sin(2 * x[i]) + Math.sin(11 * x[i]));
        }
        DeepNetworkSpec spec = DeepNetworkSpec.line(256, Activation.TANH, 64, 64);
        DeepTrainer trainer = new DeepTrainer(DeepFourierNetwork.initialize(spec, FrequencyDraw.of(rho), 1), DOMAIN, g,
                new GradientDescentOptimizer(ETA));
        Spectrum initial = Spectrum.of(trainer.residual(), DOMAIN);
        double[] initialAbs = initial.abs();
        LineGrid grid = new LineGrid(DOMAIN.halfWidth(), DOMAIN.samples());
        int[] index = {grid.nearestIndex(PEAKS[0]), grid.nearestIndex(PEAKS[1])};
        double[] times = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        for (int s = 0; s < maxSteps && !(Double.isFinite(times[0]) && Double.isFinite(times[1])); s++) {
            trainer.step();
            double[] abs = Spectrum.of(trainer.residual(), DOMAIN).abs();
            for (int p = 0; p < 2; p++) {
                if (times[p] == Double.POSITIVE_INFINITY && abs[index[p]] < initialAbs[index[p]] / Math.E) {
                    times[p] = trainer.time();
                }
            }
        }
        return times;
    }
}
