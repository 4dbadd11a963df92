package org.freqbias.bench;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.net.GradientDescent;
import org.freqbias.core.net.ReferenceStep;
import org.freqbias.core.session.NetworkSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * One full-batch GD step of the THEORY.md section 7 network (L = 10, N = 1024, m = 4096, sigma_a = 1,
 * gaussian rho with sigma_w = 4, eta = 0.01, float64): the fused kernel ({@code fastStep}, default
 * thread count and one thread) and the plain formula ({@code plainStep}). The peer is bench/peer_step.py.
 */
public class TrainingStepBenchmark extends FusedStepBenchmark {

    @Param("1024")
    int samples;

    @Param("4096")
    int width;

    private Domain domain;
    private double[] xs;
    private double[] target;
    private FourierFeatureNetwork initial;
    private double[] w;
    private double[] a;
    private double[] c;

    @Setup(Level.Trial)
    public void setUp() {
        domain = Domain.line(10, samples);
        xs = domain.axis();
        target = new double[samples];
        for (int i = 0; i < samples; i++) {
            double x = xs[i];
            target[i] = Math.exp(-x * x / 2) * (Math.sin(2 * x) + Math.sin(6 * x) + Math.sin(11 * x));
        }
        initial = FourierFeatureNetwork.initialize(new NetworkSpec(width, 1.0, true), new Gaussian(4), 1);
        parallel = new GradientDescent(initial, domain, target, 0.01);
        single = new GradientDescent(initial, domain, target, 0.01, 1);
        w = initial.frequencies();
        a = initial.cosineWeights();
        c = initial.sineWeights();
    }

    @Benchmark
    public double plainStep() {
        return ReferenceStep.step(w, a, c, xs, target, domain.spacing(), 0.01);
    }
}
