package org.freqbias.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.DoubleSupplier;
import org.freqbias.core.budget.ResourceEstimate;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.TrainingRun;
import org.freqbias.core.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench SESSION}: medians, after warm-up, of one training step, one interactive PDE re-solve
 * (at the times the app solves it, {@link Setup#keptTimes}: all snapshot times of the samples) and one snapshot (forward pass, FFT, loss), at the session's
 * sizes, 1D or 2D. Training is timed as it runs, snapshot period by snapshot period: the step time
 * counts the trainer's steps alone and the snapshot time the rest, so a deep network's forward pass
 * at a snapshot is not charged to every step. For allocation-free, statistically careful figures
 * use the JMH benchmarks. {@code --export-pde DIR} also writes a 2D session's PDE and solution for
 * the SciPy peer ({@link Setup#exportPde}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time training, the PDE and snapshots at a session's sizes.",
            "",
            "Prints ms_per_step, pde_ms and snapshot_ms (medians after warm-up), the",
            "share of training time spent on snapshots, and setup_ms (a session change",
            "before its PDE re-solve); with --export-pde, writes a 2D session's PDE for",
            "the SciPy peer (bench/peer_pde2d.py)."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SESSION", description = "session JSON file, or a built-in sample name")
    String session;

    @Option(names = "--repeats", defaultValue = "15", description = "timed repetitions of each measurement (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--steps-per-repeat", defaultValue = "10", description = "training steps per timed repetition, rounded up to whole snapshot periods (default: ${DEFAULT-VALUE})")
    int stepsPerRepeat;

    @Option(names = "--export-pde", paramLabel = "DIR", description = {
        "2D sessions: also write the PDE (M.mtx, A.mtx,",
        "u0.txt, times.txt) and this project's solution",
        "(solution.f64) into DIR, for bench/peer_pde2d.py"})
    Path exportPde;

    @Override
    public Integer call() throws Exception {
        if (repeats < 1 || stepsPerRepeat < 1) {
            throw new BadInputException("--repeats and --steps-per-repeat must be >= 1");
        }
        Session parsed = SessionArgument.load(session);
        if (exportPde != null && !parsed.isPlane()) {
            throw new BadInputException("--export-pde needs a 2D session (domain.dimension 2); " + session + " is 1D");
        }
        // Steps are timed, not run to the end, and the PDE is solved as the app solves it (at the
        // kept times): refused only when that cannot fit in memory.
        RunBudget.refuseWhatCannotFit(parsed, ResourceEstimate.Extras.app(0));
        Setup setup = Setup.of(parsed);
        double[] times = setup.keptTimes();
        double[][] training = trainingSamples(setup);
        double stepMs = median(training[0]);
        double snapshotMs = median(training[1]);
        double pdeMs = median(repeats, () -> setup.predictionAt(times));
        double setupMs = median(repeats, () -> Setup.of(parsed));
        int every = parsed.training().snapshotEvery();
        System.out.printf(Locale.ROOT, "ms_per_step=%.4f%n", stepMs);
        System.out.printf(Locale.ROOT, "pde_ms=%.4f%n", pdeMs);
        System.out.printf(Locale.ROOT, "snapshot_ms=%.4f%n", snapshotMs);
        System.out.printf(Locale.ROOT, "snapshot_share=%.4f%n", snapshotMs / (snapshotMs + every * stepMs));
        System.out.printf(Locale.ROOT, "setup_ms=%.4f%n", setupMs);
        System.out.printf(Locale.ROOT, "# dimension=%d N=%d (per axis) m=%d pde_times=%d pde_elements=%d snapshotEvery=%d%n",
                parsed.domain().dimension(), parsed.domain().samples(), parsed.network().width(),
                times.length, parsed.pde().elements(), every);
        if (exportPde != null) {
            export(setup, times);
        }
        return FreqBiasCommand.OK;
    }

    /** Writes the 2D PDE and its solution for the peer benchmark. */
    private void export(Setup setup, double[] times) {
        int nodes;
        try {
            Files.createDirectories(exportPde);
            nodes = setup.exportPde(times, exportPde);
        } catch (IOException e) {
            throw new BadInputException("--export-pde: cannot write into " + exportPde + ": " + e.getMessage()
                + "; give a directory you can write to", e);
        }
        System.out.printf(Locale.ROOT, "# exported the PDE (%d nodes, %d times) to %s%n", nodes, times.length, exportPde);
    }

    /**
     * Per timed repeat: [0] the ms per training step (the trainer's steps alone, from
     * {@link TrainingRun#trainSeconds()}) and [1] the ms per snapshot (the rest of the wall time of
     * the {@link TrainingRun#advance()} calls, one snapshot each), over at least
     * {@code stepsPerRepeat} steps; after as many untimed repeats, and in a fresh run whenever the
     * run reaches its last step. Runs are closed here.
     */
    private double[][] trainingSamples(Setup setup) {
        int warmUp = Math.max(3, repeats);
        double[][] samples = new double[2][repeats];
        TrainingRun run = new TrainingRun(setup);
        try {
            for (int k = 0; k < warmUp + repeats; k++) {
                if (run.finished()) {
                    run.close();
                    run = new TrainingRun(setup);
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
