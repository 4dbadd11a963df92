package org.freqbias.bench;

import java.util.concurrent.TimeUnit;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.pde.PdeProblem;
import org.freqbias.core.pde.PdeSolution;
import org.freqbias.core.pde.PdeSolver;
import org.freqbias.core.spectrum.LineGrid;
import org.freqbias.core.spectrum.SpectrumTrajectory;
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
 * The PDE re-solve the app runs on every slider drag: Gaussian rho (sigma 4), sigma_a = 1, data grid
 * L = 10, N = 1024, 1024 elements on [-Xi, Xi] with Xi the Nyquist frequency (nodes = FFT
 * frequencies), initial data the wave packet's transform, |u| at the 513 data frequencies and the
 * loss for t = 0.2, 0.4, ..., 20.
 * {@code fastPath} is {@link PdeSolver#solveAt}; {@code exactPath} the eigen-decomposition plus 100
 * evaluations. Run: {@code java -cp ... org.openjdk.jmh.Main PdeSolve}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdeSolveBenchmark {

    private PdeProblem problem;
    private LineGrid grid;
    private double[] xi;
    private double[] re0;
    private double[] im0;
    private double[] times;

    @Setup
    public void setUp() {
        Domain domain = Domain.line(10, 1024);
        problem = new PdeProblem(new Gaussian(4), 1, true, domain.nyquist(), 1024);
        grid = LineGrid.of(domain);
        xi = grid.frequencies();
        re0 = new double[xi.length];
        im0 = new double[xi.length];
        for (int k = 0; k < xi.length; k++) {
            for (double a : new double[] {2, 6, 11}) {
                im0[k] -= Math.sqrt(Math.PI / 2)
                    * (Math.exp(-0.5 * (xi[k] - a) * (xi[k] - a)) - Math.exp(-0.5 * (xi[k] + a) * (xi[k] + a)));
            }
        }
        times = new double[100];
        for (int i = 0; i < times.length; i++) {
            times[i] = 0.2 * (i + 1);
        }
    }

    @Benchmark
    public SpectrumTrajectory fastPath() {
        return PdeSolver.solveAt(problem, grid, re0, im0, times);
    }

    @Benchmark
    public double exactPath() {
        PdeSolution solution = PdeSolver.solve(problem, xi, re0, im0);
        double sum = 0;
        for (double t : times) {
            sum += solution.abs(t, xi)[1] + solution.loss(t);
        }
        return sum;
    }
}
