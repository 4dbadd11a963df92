package org.freqbias.core.net;

import static org.freqbias.core.net.StepKernelTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.freqbias.core.dist.FrequencyDraw;

/** The fast fused 2D step against the plain formula step ({@link ReferenceStep}). */
class StepKernel2DTest {

    /** g(x) = exp(-|x|^2 / 2) (sin 2 x1 + sin 3 x2 + sin 5 (x1 + x2)) on the row-major grid. */
    static double[] target(double[][] points) {
        double[] g = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            double x1 = points[i][0];
            double x2 = points[i][1];
            g[i] = Math.exp(-(x1 * x1 + x2 * x2) / 2) * (Math.sin(2 * x1) + Math.sin(3 * x2) + Math.sin(5 * (x1 + x2)));
        }
        return g;
    }

    private static FrequencyDistribution2D rho(boolean radial) {
        return radial ? new RadialDistribution(new Gaussian(3)) : new ProductDistribution(new Uniform(4));
    }

    @ParameterizedTest(name = "N={0} m={1} zeroOutput={2} threads={3} radial={4}")
    @CsvSource({
        "8, 6, true, 1, true",      // lines shorter than one row: mostly padding
        "16, 7, false, 1, false",   // odd width: a partial neuron group
        "32, 9, false, 3, true",    // three parts
        "64, 13, false, 2, false",  // one row per line
        "128, 10, true, 2, true",   // two rows per line
    })
    void fastStepsMatchPlainSteps(int n, int m, boolean zero, int threads, boolean radial) {
        Domain domain = new Domain(2, 3, n);
        double[][] points = FourierFeatureNetwork.points(domain);
        double[] g = target(points);
        double cell = domain.spacing() * domain.spacing();
        double eta = 0.05;
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(m, 1.0, zero), FrequencyDraw.of(rho(radial)), 11);
        double[][] w = net.frequencies();
        double[] a = net.cosineWeights();
        double[] c = net.sineWeights();
        try (GradientDescent gd = new GradientDescent(net, domain, g, eta, threads)) {
            for (int s = 0; s < 4; s++) {
                double plainLoss = ReferenceStep.step(w, a, c, points, g, cell, eta);
                assertEquals(plainLoss, gd.loss(), 1e-9 * plainLoss, "loss before step " + s);
                gd.step();
            }
            FourierFeatureNetwork fast = gd.network();
            double[][] fastW = fast.frequencies();
            assertClose(w[0], fastW[0], "w1");
            assertClose(w[1], fastW[1], "w2");
            assertClose(a, fast.cosineWeights(), "a");
            assertClose(c, fast.sineWeights(), "c");
            assertClose(FourierFeatureNetwork.of(w, a, c).evaluate(points), gd.fit(), "fit");
            double plainLoss = ReferenceStep.step(w, a, c, points, g, cell, eta);
            assertEquals(plainLoss, gd.loss(), 1e-9 * plainLoss, "loss after the steps");
        }
    }

    @Test
    void largeGridNearNyquistKeepsRecurrenceDriftSmall() {
        // 256 x 256: four rows per line, 256 lines; frequencies up to 0.9 Nyquist on both axes.
        Domain domain = new Domain(2, 10, 256);
        FourierFeatureNetwork net = FourierFeatureNetwork.initialize(new NetworkSpec(5, 1.0, false),
                FrequencyDraw.of(new ProductDistribution(new Uniform(0.9 * domain.nyquist()))), 3);
        try (GradientDescent gd = new GradientDescent(net, domain, new double[256 * 256], 1e-3, 1)) {
            assertClose(net.evaluate(domain), gd.fit(), "f0");
        }
    }
}
