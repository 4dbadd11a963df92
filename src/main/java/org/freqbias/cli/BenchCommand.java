package org.freqbias.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.PlaneTrainingRun;
import org.freqbias.core.experiment.Prediction;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.SnapshotRun;
import org.freqbias.core.experiment.TrainingRun;
import org.freqbias.core.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench SESSION}: medians, after warm-up, of one training step, one interactive PDE re-solve
 * (all snapshot times of the session) and one snapshot (forward pass, FFT, loss), at the session's
 * sizes, 1D or 2D. Training is timed as it runs, snapshot period by snapshot period: the step time
 * counts the trainer's steps alone and the snapshot time the rest, so a deep network's forward pass
 * at a snapshot is not charged to every step. For allocation-free, statistically careful figures
 * use the JMH benchmarks.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Print ms_per_step, pde_ms and snapshot_ms (medians after warm-up) for SESSION's sizes,",
            "the share of training time spent on snapshots, and setup_ms (a session change before its PDE re-solve)."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SESSION", description = "session JSON file, or a built-in sample name")
    String session;

    @Option(names = "--repeats", defaultValue = "15", description = "timed repetitions of each measurement (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--steps-per-repeat", defaultValue = "10", description = "training steps per timed repetition, rounded up to whole snapshot periods (default: ${DEFAULT-VALUE})")
    int stepsPerRepeat;

    @Override
    public Integer call() throws Exception {
        if (repeats < 1 || stepsPerRepeat < 1) {
            throw new BadInputException("--repeats and --steps-per-repeat must be >= 1");
        }
        Session parsed = SessionArgument.load(session);
        double[] times = parsed.training().snapshotTimes();
        if (parsed.isPlane()) {
            PlaneSetup setup = PlaneSetup.of(parsed);
            measure(parsed, () -> new PlaneTrainingRun(setup), () -> Prediction.trajectory(setup, times),
                    () -> PlaneSetup.of(parsed));
        } else {
            Setup setup = Setup.of(parsed);
            measure(parsed, () -> new TrainingRun(setup), () -> Prediction.trajectory(setup, times), () -> Setup.of(parsed));
        }
        return FreqBiasCommand.OK;
    }

    /** Times and prints the figures for one session, 1D or 2D. */
    private void measure(Session parsed, Supplier<SnapshotRun<?>> open, Runnable pdeSolve, Runnable setUp) {
        double[][] training = trainingSamples(open);
        double stepMs = median(training[0]);
        double snapshotMs = median(training[1]);
        double pdeMs = median(repeats, pdeSolve);
        double setupMs = median(repeats, setUp);
        int every = parsed.training().snapshotEvery();
        System.out.printf(Locale.ROOT, "ms_per_step=%.4f%n", stepMs);
        System.out.printf(Locale.ROOT, "pde_ms=%.4f%n", pdeMs);
        System.out.printf(Locale.ROOT, "snapshot_ms=%.4f%n", snapshotMs);
        System.out.printf(Locale.ROOT, "snapshot_share=%.4f%n", snapshotMs / (snapshotMs + every * stepMs));
        System.out.printf(Locale.ROOT, "setup_ms=%.4f%n", setupMs);
        System.out.printf(Locale.ROOT, "# dimension=%d N=%d (per axis) m=%d pde_times=%d pde_elements=%d snapshotEvery=%d%n",
                parsed.domain().dimension(), parsed.domain().samples(), parsed.network().width(),
                parsed.training().snapshotTimes().length, parsed.pde().elements(), every);
    }

    /**
     * Per timed repeat: [0] the ms per training step (the trainer's steps alone, from
     * {@link SnapshotRun#trainSeconds()}) and [1] the ms per snapshot (the rest of the wall time of
     * the {@link SnapshotRun#advance()} calls, one snapshot each), over at least
     * {@code stepsPerRepeat} steps; after as many untimed repeats, and in a fresh run whenever the
     * run reaches its last step. Runs are closed here.
     */
    private double[][] trainingSamples(Supplier<SnapshotRun<?>> open) {
        int warmUp = Math.max(3, repeats);
        double[][] samples = new double[2][repeats];
        SnapshotRun<?> run = open.get();
        try {
            for (int k = 0; k < warmUp + repeats; k++) {
                if (run.finished()) {
                    run.close();
                    run = open.get();
                }
                int firstStep = run.stepsDone();
                double trainStart = run.trainSeconds();
                long start = System.nanoTime();
                int snapshots = 0;
                do {
                    run.advance();
                    snapshots++;
                } while (run.stepsDone() - firstStep < stepsPerRepeat && !run.finished());
                double wallMs = (System.nanoTime() - start) / 1e6;
                double trainMs = (run.trainSeconds() - trainStart) * 1e3;
                if (k >= warmUp) {
                    samples[0][k - warmUp] = trainMs / (run.stepsDone() - firstStep);
                    samples[1][k - warmUp] = (wallMs - trainMs) / snapshots;
                }
            }
        } finally {
            run.close();
        }
        return samples;
    }

    /** Median wall time in ms of {@code repeats} runs of {@code work}, after as many untimed warm-up runs. */
    private static double median(int repeats, Runnable work) {
        return median(repeats, () -> {
            long start = System.nanoTime();
            work.run();
            return (System.nanoTime() - start) / 1e6;
        });
    }

    /** Median of {@code repeats} samples, after max(3, repeats) untimed ones. */
    private static double median(int repeats, DoubleSupplier sample) {
        for (int i = 0; i < Math.max(3, repeats); i++) {
            sample.getAsDouble();
        }
        double[] values = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            values[i] = sample.getAsDouble();
        }
        return median(values);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
