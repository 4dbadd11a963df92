package org.freqbias.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.freqbias.core.experiment.Prediction;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PDE of a sample session, through the two paths of {@link Setup}, in either dimension:
 * {@code interactive} is the re-solve the app runs on every slider drag ({@link Setup#predictionAt}
 * at all snapshot times: CRAM stepping in 1D; in 2D the assembly of A, the exact transform of the
 * initial residual at every node, the factorization, one shift-and-invert Krylov basis and |u| and
 * the loss on the FFT grid); {@code run} is what the headless runner pays ({@link Setup#prediction()}
 * read at every snapshot time: the exact eigen solution in 1D, the same Krylov solve in 2D).
 * Sessions: {@code gaussian-bias} (1025 nodes, the 101 snapshot times of a 2000-step run),
 * {@code plane-waves} and {@code image-gaussian} (128 x 128 mesh, 51 snapshot times). The 2D peer
 * (SciPy expm_multiply on the same matrices) is bench/peer_pde2d.py; bench/compare.sh --pde2d runs both.
 * Run: {@code java -cp ... org.openjdk.jmh.Main PdeSolve}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdeSolveBenchmark {

    @Param({"gaussian-bias", "plane-waves", "image-gaussian"})
    String session;

    private Setup setup;
    private double[] times;

    @org.openjdk.jmh.annotations.Setup
    public void setUp() throws IOException {
        setup = Setup.of(SessionFiles.loadSample(session));
        times = setup.snapshotTimes();
    }

    @Benchmark
    public SpectrumTrajectory interactive() {
        return setup.predictionAt(times);
    }

    @Benchmark
    public double run() {
        Prediction prediction = setup.prediction();
        double sum = 0;
        for (double t : times) {
            sum += prediction.absAt(t)[1] + prediction.lossAt(t);
        }
        return sum;
    }
}
