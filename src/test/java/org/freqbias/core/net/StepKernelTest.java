package org.freqbias.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.freqbias.core.dist.FrequencyDraw;

/** The fast fused step against the plain formula step ({@link ReferenceStep}). */
class StepKernelTest {

    static double[] target(double[] xs) {
        double[] g = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            g[i] = Math.exp(-x * x / 2) * (Math.sin(2 * x) + Math.sin(6 * x) + Math.sin(11 * x));
        }
        return g;
    }

    @ParameterizedTest(name = "N={0} m={1} zeroOutput={2} threads={3}")
    @CsvSource({
        "8, 6, true, 1",       // N below one block: mostly padding
        "64, 7, false, 1",     // odd width: a partial neuron group
        "128, 13, false, 2",   // N not a multiple of BLOCK * ROWS, two parts
        "512, 40, true, 2",
        "1024, 64, false, 1",  // non-zero initial output
        "2048, 18, true, 3",
    })
    void fastStepsMatchPlainSteps(int n, int m, boolean zero, int threads) {
        Domain domain = Domain.line(10, n);
        double[] xs = domain.axis();
        double[] g = target(xs);
        double eta = 0.05;
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(m, 1.0, zero), FrequencyDraw.of(new Gaussian(4)), 11);
        double[][] points = Points.of(xs);
        double[] w = net.frequencies()[0];
        double[] a = net.cosineWeights();
        double[] c = net.sineWeights();
        try (GradientDescent gd = new GradientDescent(net, domain, g, eta, threads)) {
            for (int s = 0; s < 5; s++) {
                double plainLoss = ReferenceStep.step(new double[][] {w}, a, c, points, g, domain.spacing(), eta);
                assertEquals(plainLoss, gd.loss(), 1e-9 * plainLoss, "loss before step " + s);
                gd.step();
            }
            FourierFeatureNetwork fast = gd.network();
            assertClose(w, fast.frequencies()[0], "w");
            assertClose(a, fast.cosineWeights(), "a");
            assertClose(c, fast.sineWeights(), "c");
            double[] plainFit = FourierFeatureNetwork.of(new double[][] {w}, a, c).evaluate(domain);
            assertClose(plainFit, gd.fit(), "fit");
            double plainLoss = ReferenceStep.step(new double[][] {w}, a, c, points, g, domain.spacing(), eta);
            assertEquals(plainLoss, gd.loss(), 1e-9 * plainLoss, "loss after the steps");
        }
    }

    /** |x - y| <= 1e-9 max|x| componentwise: relative to the array's scale, as parameters may cross 0. */
    static void assertClose(double[] expected, double[] actual, String what) {
        double scale = 0;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-9 * scale, what + "[" + i + "]");
        }
    }

    @Test
    void longGridKeepsRecurrenceDriftSmall() {
        // 32768 samples: the U table chain is 128 rotations long; high frequencies up to Nyquist.
        Domain domain = Domain.line(40, 1 << 15);
        double[] xs = domain.axis();
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(5, 1.0, false),
                FrequencyDraw.of(new Uniform(0.9 * domain.nyquist())), 3);
        try (GradientDescent gd = new GradientDescent(net, domain, new double[xs.length], 1e-3, 1)) {
            assertClose(net.evaluate(domain), gd.fit(), "f0");
        }
    }
}
