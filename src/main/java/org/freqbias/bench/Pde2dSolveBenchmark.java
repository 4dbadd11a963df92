package org.freqbias.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.Prediction;
import org.freqbias.core.pde2d.PdeTrajectory2D;
import org.freqbias.core.session.SessionFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 2D PDE re-solve after a slider change, as the app and {@code bench} run it: the sample
 * session's setup solved by {@code PdeSolver2D.solveAt} through {@link Prediction#trajectory}, i.e.
 * assembly of A (rho quadrature), the exact transform of the initial residual at every node, the
 * factorization, the Krylov basis and |u| and the loss on the 64 x 64 FFT grid at all 51 snapshot
 * times, on the samples' 128 x 128 mesh (16641 nodes). The peer (SciPy expm_multiply on the same
 * matrices) is bench/peer_pde2d.py; bench/compare.sh --pde2d runs both.
 * Run: {@code java -cp ... org.openjdk.jmh.Main Pde2dSolve}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Pde2dSolveBenchmark {

    @Param({"plane-waves", "image-gaussian"})
    public String session;

    private PlaneSetup setup;
    private double[] times;

    @Setup
    public void setUp() throws IOException {
        setup = PlaneSetup.of(SessionFiles.loadSample(session));
        times = setup.session().training().snapshotTimes();
    }

    @Benchmark
    public PdeTrajectory2D solveAt() {
        return Prediction.trajectory(setup, times);
    }
}
