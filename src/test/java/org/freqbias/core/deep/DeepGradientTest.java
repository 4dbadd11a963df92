package org.freqbias.core.deep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.grid.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.freqbias.core.dist.FrequencyDraw;

/** The hand-written backward pass against central finite differences of the loss. */
class DeepGradientTest {

    private static final double STEP = 1e-5;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void everyGroupMatchesFiniteDifferencesIn1d(Activation activation) {
        DeepNetworkSpec spec = new DeepNetworkSpec(1, 3, new int[] {4, 3}, activation, 0.8, true);
        checkGradient(spec, Domain.line(2, 8), 11);
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void everyGroupMatchesFiniteDifferencesIn2d(Activation activation) {
        DeepNetworkSpec spec = new DeepNetworkSpec(2, 3, new int[] {5}, activation, 1.0, false);
        checkGradient(spec, new Domain(2, 1.5, 8), 12);
    }

    @Test
    void twoLayerModelMatchesFiniteDifferences() {
        DeepNetworkSpec spec = new DeepNetworkSpec(1, 4, new int[0], Activation.TANH, 1.0, false);
        checkGradient(spec, Domain.line(2, 16), 13);
    }

    /**
     * At a random parameter vector (biases moved off their zero start), each group's gradient must
     * match central differences of loss() to a relative error below 1e-6 in the 2-norm.
     */
    private static void checkGradient(DeepNetworkSpec spec, Domain domain, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        FrequencyDraw law = spec.dimension() == 1 ? FrequencyDraw.of(new Gaussian(2))
                : FrequencyDraw.of(new ProductDistribution(new Gaussian(2)));
        DeepFourierNetwork start = DeepFourierNetwork.initialize(spec, law, seed);
        double[] theta = start.parameters();
        for (int q = 0; q < theta.length; q++) {
            theta[q] += 0.3 * rng.nextGaussian();
        }
        DeepFourierNetwork network = start.withParameters(theta);
        double[] target = new double[(int) Math.pow(domain.samples(), domain.dimension())];
        for (int i = 0; i < target.length; i++) {
            target[i] = rng.nextGaussian();
        }
        double[] gradient = new DeepTrainer(network, domain, target, new GradientDescentOptimizer(1)).gradient();

        for (ParameterGroup group : network.layout().groups()) {
            double diff = 0;
            double norm = 0;
            for (int q = group.offset(); q < group.offset() + group.size(); q++) {
                double fd = (loss(network, theta, q, STEP, domain, target) - loss(network, theta, q, -STEP, domain, target))
                        / (2 * STEP);
                diff += (fd - gradient[q]) * (fd - gradient[q]);
                norm += gradient[q] * gradient[q];
            }
            double relative = Math.sqrt(diff / norm);
            assertTrue(norm > 0, group.name() + " has a zero gradient: the check would be empty");
            assertTrue(relative < 1e-6, spec.activation() + " " + group.name() + ": relative error " + relative);
        }
    }

    private static double loss(DeepFourierNetwork network, double[] theta, int q, double h, Domain domain,
            double[] target) {
        double[] moved = theta.clone();
        moved[q] += h;
        return new DeepTrainer(network.withParameters(moved), domain, target, new GradientDescentOptimizer(1)).loss();
    }
}
