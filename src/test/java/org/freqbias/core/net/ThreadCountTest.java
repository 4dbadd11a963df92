package org.freqbias.core.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.FrequencyDraw;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;

/**
 * The 2-layer trainer gives the same network whatever the threads it runs on: the neurons are split
 * into parts by width alone and the parts' outputs added in part order (FusedDescent). Several runs
 * at once (compare, sweep) give each trainer fewer threads than a lone run, and must still reproduce it.
 */
class ThreadCountTest {

    /** Loss after each of 20 steps, then every parameter: w (d rows), a, c. */
    private static double[] train(Domain domain, FrequencyDraw law, int width, int threads) {
        FourierFeatureNetwork initial = FourierFeatureNetwork.initialize(new NetworkSpec(width, 1.0, true), law, 7);
        double[] target = new double[domain.points().length / domain.dimension()];
        double[] points = domain.points();
        for (int i = 0; i < target.length; i++) {
            double x = points[i * domain.dimension()];
            target[i] = Math.exp(-x * x / 2) * (Math.sin(2 * x) + Math.sin(6 * x) + Math.sin(11 * x));
        }
        try (GradientDescent gd = new GradientDescent(initial, domain, target, 0.01, threads)) {
            double[] losses = new double[20];
            for (int s = 0; s < 20; s++) {
                gd.step();
                losses[s] = gd.loss();
            }
            FourierFeatureNetwork net = gd.network();
            double[][] w = net.frequencies();
            double[] a = net.cosineWeights();
            double[] c = net.sineWeights();
            double[] out = new double[losses.length + w.length * width + 2 * width];
            System.arraycopy(losses, 0, out, 0, losses.length);
            for (int k = 0; k < w.length; k++) {
                System.arraycopy(w[k], 0, out, losses.length + k * width, width);
            }
            System.arraycopy(a, 0, out, losses.length + w.length * width, width);
            System.arraycopy(c, 0, out, losses.length + (w.length + 1) * width, width);
            return out;
        }
    }

    @Test
    void oneTwoAndThreeThreadsGiveTheSameNetworkIn1D() {
        Domain domain = Domain.line(10, 1024);
        FrequencyDraw law = FrequencyDraw.of(new Gaussian(4));
        assertEquals(16, FusedDescent.parts(4096));
        double[] one = train(domain, law, 4096, 1);
        assertTrue(one[19] < one[0], "it trains: loss " + one[0] + " -> " + one[19]);
        assertArrayEquals(one, train(domain, law, 4096, 2), 0.0);
        assertArrayEquals(one, train(domain, law, 4096, 3), 0.0);
    }

    @Test
    void oneTwoAndThreeThreadsGiveTheSameNetworkIn2D() {
        Domain domain = new Domain(2, 5, 32);
        FrequencyDraw law = FrequencyDraw.of(new RadialDistribution(new Gaussian(3)));
        assertEquals(4, FusedDescent.parts(1024));
        double[] one = train(domain, law, 1024, 1);
        assertArrayEquals(one, train(domain, law, 1024, 2), 0.0);
        assertArrayEquals(one, train(domain, law, 1024, 3), 0.0);
    }
}
