package org.freqbias.bench;

import java.util.concurrent.TimeUnit;
import org.freqbias.core.deep.Activation;
import org.freqbias.core.deep.AdamOptimizer;
import org.freqbias.core.deep.DeepFourierNetwork;
import org.freqbias.core.deep.DeepNetworkSpec;
import org.freqbias.core.deep.DeepTrainer;
import org.freqbias.core.dist.FrequencyDraw;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.grid.Domain;
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
 * One full-batch Adam step (eta = 1e-3, float64) of the deep Fourier-features network of issue 15:
 * L = 10, N = 1024 samples, 256 gaussian (sigma 4) first-layer frequencies (512 cos and sin
 * features), two tanh hidden layers of 128, sigma_a = 1, zero initial output, target
 * exp(-x^2/2)(sin 2x + sin 6x + sin 11x): about 252 M multiply-adds. {@code fastStep} on one thread
 * per core, {@code fastStepOneThread} on one. The peer is bench/peer_deep.py (same shape, PyTorch
 * float64 and float32); bench/compare.sh --deep runs both.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeepStepBenchmark {

    @Param("1024")
    int samples;

    @Param("256")
    int features;

    @Param("128")
    int hidden;

    private DeepTrainer parallel;
    private DeepTrainer single;

    @Setup(Level.Trial)
    public void setUp() {
        Domain domain = Domain.line(10, samples);
        double[] x = domain.axis();
        double[] target = new double[samples];
        for (int i = 0; i < samples; i++) {
            target[i] = Math.exp(-x[i] * x[i] / 2) * (Math.sin(2 * x[i]) + Math.sin(6 * x[i]) + Math.sin(11 * x[i]));
        }
        DeepFourierNetwork network = DeepFourierNetwork.initialize(
                DeepNetworkSpec.line(features, Activation.TANH, hidden, hidden), FrequencyDraw.of(new Gaussian(4)), 1);
        parallel = new DeepTrainer(network, domain, target, new AdamOptimizer(1e-3));
        single = new DeepTrainer(network, domain, target, new AdamOptimizer(1e-3), 1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        parallel.close();
        single.close();
    }

    /** Returns the step count: reading the loss would cost a forward pass. */
    @Benchmark
    public long fastStep() {
        parallel.step();
        return parallel.stepsDone();
    }

    @Benchmark
    public long fastStepOneThread() {
        single.step();
        return single.stepsDone();
    }
}
