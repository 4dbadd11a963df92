package org.freqbias.core.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.grid.Domain;
import org.junit.jupiter.api.Test;
import org.freqbias.core.dist.FrequencyDraw;

/** Slicing the points (here 1000 points in 4 slices, the last one short) changes no result. */
class SlicedBackpropTest {

    @Test
    void slicesGiveTheSameOutputAndGradientAsOnePass() {
        DeepFourierNetwork net = DeepFourierNetwork.initialize(DeepNetworkSpec.line(8, Activation.SINE, 6, 5),
                FrequencyDraw.of(new Gaussian(3)), 21);
        double[] x = new double[1000];
        double[] w = new double[x.length];
        SplittableRandom rng = new SplittableRandom(4);
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 * rng.nextDouble() - 5;
            w[i] = rng.nextGaussian();
        }
        double[] p = net.parameters();
        Backprop one = new Backprop(net.layout(), Activation.SINE, x);
        SlicedBackprop sliced = new SlicedBackprop(net.layout(), Activation.SINE, x);
        double[] f1 = new double[x.length];
        double[] f2 = new double[x.length];
        double[] g1 = new double[p.length];
        double[] g2 = new double[p.length];
        one.forward(p, f1);
        one.backward(p, w, g1);
        sliced.forward(p, f2);
        sliced.backward(p, w, g2);
        assertArrayEquals(f1, f2, 0.0);
        for (int q = 0; q < p.length; q++) {
            assertEquals(g1[q], g2[q], 1e-11 * (1 + Math.abs(g1[q])));
        }
    }

    @Test
    void aTrainerOnALargeGridIsDeterministic() {
        Domain domain = Domain.line(5, 1024);
        double[] g = new double[domain.samples()];
        double[] x = domain.axis();
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.sin(x[i]);
        }
        DeepNetworkSpec spec = DeepNetworkSpec.line(8, Activation.TANH, 6);
        double[][] results = new double[2][];
        for (int run = 0; run < 2; run++) {
            DeepTrainer trainer = new DeepTrainer(DeepFourierNetwork.initialize(spec, FrequencyDraw.of(new Gaussian(2)), 3), domain, g,
                    new AdamOptimizer(0.01));
            for (int s = 0; s < 5; s++) {
                trainer.step();
            }
            results[run] = trainer.network().parameters();
        }
        assertArrayEquals(results[0], results[1], 0.0);
    }
}
