package org.freqbias.bench;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.net.FourierFeatureNetwork2D;
import org.freqbias.core.net.GradientDescent2D;
import org.freqbias.core.net.ReferenceStep;
import org.freqbias.core.session.NetworkSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One full-batch GD step of the 2D network (L = 5, N = 64 x 64 = 4096 points, m = 4096, sigma_a = 1,
 * isotropic gaussian rho with sigma_w = 3, eta = 0.01, float64, zero initial output, target
 * exp(-|x|^2/2)(sin 2x1 + sin 3x2 + sin 5(x1 + x2))): the fused kernel ({@code fastStep}, default
 * thread count, and one thread) and the plain formula ({@code plainStep}, about a second per call).
 * The peer is {@code bench/peer_step.py --dim 2}.
 */
public class TrainingStep2DBenchmark extends FusedStepBenchmark {

    @Param("64")
    int samples;

    @Param("4096")
    int width;

    private double[][] points;
    private double[] target;
    private double cell;
    private double[][] w;
    private double[] a;
    private double[] c;

    @Setup(Level.Trial)
    public void setUp() {
        Domain domain = new Domain(2, 5, samples);
        cell = domain.spacing() * domain.spacing();
        points = FourierFeatureNetwork2D.gridPoints(domain);
        target = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            double x1 = points[i][0];
            double x2 = points[i][1];
            target[i] = Math.exp(-(x1 * x1 + x2 * x2) / 2)
                    * (Math.sin(2 * x1) + Math.sin(3 * x2) + Math.sin(5 * (x1 + x2)));
        }
        FourierFeatureNetwork2D initial = FourierFeatureNetwork2D.initialize(new NetworkSpec(width, 1.0, true),
                new RadialDistribution(new Gaussian(3)), 1);
        parallel = new GradientDescent2D(initial, domain, target, 0.01);
        single = new GradientDescent2D(initial, domain, target, 0.01, 1);
        w = initial.components();
        a = initial.cosineWeights();
        c = initial.sineWeights();
    }

    @Benchmark
    public double plainStep() {
        return ReferenceStep.step(w, a, c, points, target, cell, 0.01);
    }
}
