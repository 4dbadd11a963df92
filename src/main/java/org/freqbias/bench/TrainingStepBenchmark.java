package org.freqbias.bench;

import java.util.concurrent.TimeUnit;
import org.freqbias.core.dist.FrequencyDraw;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.net.GradientDescent;
import org.freqbias.core.net.ReferenceStep;
import org.freqbias.core.session.NetworkSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One full-batch GD step, m = 4096 neurons, sigma_a = 1, eta = 0.01, float64, zero initial output:
 * the fused kernel ({@code fastStep}, default thread count, and {@code fastStepOneThread}) and the
 * plain formula ({@code plainStep}). The problems are those of the peer, bench/peer_step.py:
 * <ul>
 *   <li>{@code dimension=1}: THEORY.md section 7, L = 10, N = 1024, gaussian rho with sigma_w = 4,
 *       target exp(-x^2/2)(sin 2x + sin 6x + sin 11x);</li>
 *   <li>{@code dimension=2}: L = 5, a 64 x 64 grid (4096 points), radial gaussian rho with
 *       sigma_w = 3, target exp(-|x|^2/2)(sin 2x1 + sin 3x2 + sin 5(x1 + x2)); {@code plainStep}
 *       takes about a second per call.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrainingStepBenchmark {

    @Param({"1", "2"})
    int dimension;

    @Param("4096")
    int width;

    private double[][] points;
    private double[] target;
    private double cell;
    private double[][] w;
    private double[] a;
    private double[] c;
    private GradientDescent parallel;
    private GradientDescent single;

    @Setup(Level.Trial)
    public void setUp() {
        Domain domain = dimension == 1 ? Domain.line(10, 1024) : new Domain(2, 5, 64);
        FrequencyDraw law = dimension == 1 ? FrequencyDraw.of(new Gaussian(4))
                : FrequencyDraw.of(new RadialDistribution(new Gaussian(3)));
        cell = Math.pow(domain.spacing(), dimension);
        points = FourierFeatureNetwork.points(domain);
        target = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            double[] x = points[i];
            target[i] = dimension == 1
                    ? Math.exp(-x[0] * x[0] / 2) * (Math.sin(2 * x[0]) + Math.sin(6 * x[0]) + Math.sin(11 * x[0]))
                    : Math.exp(-(x[0] * x[0] + x[1] * x[1]) / 2)
                            * (Math.sin(2 * x[0]) + Math.sin(3 * x[1]) + Math.sin(5 * (x[0] + x[1])));
        }
        FourierFeatureNetwork initial = FourierFeatureNetwork.initialize(new NetworkSpec(width, 1.0, true), law, 1);
        parallel = new GradientDescent(initial, domain, target, 0.01);
        single = new GradientDescent(initial, domain, target, 0.01, 1);
        w = initial.frequencies();
        a = initial.cosineWeights();
        c = initial.sineWeights();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        parallel.close();
        single.close();
    }

    @Benchmark
    public double fastStep() {
        parallel.step();
        return parallel.loss();
    }

    @Benchmark
    public double fastStepOneThread() {
        single.step();
        return single.loss();
    }

    @Benchmark
    public double plainStep() {
        return ReferenceStep.step(w, a, c, points, target, cell, 0.01);
    }
}
