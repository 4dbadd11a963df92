package org.freqbias.bench;

import java.util.concurrent.TimeUnit;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.pde2d.PdeProblem2D;
import org.freqbias.core.pde2d.PdeSolver2D;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.freqbias.core.spectrum.Spectrum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 2D PDE re-solve: radial gaussian rho (sigma 4), sigma_a = 1, data grid L = 8, N = 64 per axis,
 * 64 x 64 cells (4225 nodes) on [-Xi, Xi]^2 with Xi the Nyquist frequency (nodes = FFT frequencies),
 * initial data the transform of a 2D wave packet, |u| on the 64 x 64 grid and the loss for
 * t = 0.2, 0.4, ..., 20 (default steps: 0.2 each, one factorization).
 * {@code solveAt} is the whole call (assembly, factorization, stepping, output); {@code assemble}
 * the operator assembly alone. Run: {@code java -cp ... org.openjdk.jmh.Main Pde2dSolve}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class Pde2dSolveBenchmark {

    private PdeProblem2D problem;
    private Spectrum initial;
    private double[] times;

    @Setup
    public void setUp() {
        Domain domain = new Domain(2, 8, 64);
        problem = new PdeProblem2D(new RadialDistribution(new Gaussian(4)), 1, true, domain.nyquist(), 64);
        double[] x = domain.axis();
        double[] values = new double[64 * 64];
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                double r2 = x[i] * x[i] + x[j] * x[j];
                values[i * 64 + j] = -Math.exp(-r2 / 8) * (Math.sin(2 * x[i]) + Math.sin(6 * x[i] + 3 * x[j]));
            }
        }
        initial = Spectrum.of(values, domain);
        times = new double[100];
        for (int i = 0; i < times.length; i++) {
            times[i] = 0.2 * (i + 1);
        }
    }

    @Benchmark
    public SpectrumTrajectory solveAt() {
        return PdeSolver2D.solveAt(problem, initial, times);
    }

    @Benchmark
    public Object assemble() {
        return problem.operator();
    }
}
