package org.freqbias.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.RunResult;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code run SESSION --out DIR}: trains, solves the PDE and writes spectra, peaks, loss and a
 * summary, for a 1D or a 2D session alike. Everything the user typed is checked before any work;
 * then the output folder, the stability limit, the kernel flows, and training.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Train the session's network, solve its PDE and write into DIR: spectra.csv,",
            "peaks.csv, loss.csv, summary.json, and one PNG per chart with --png (README.md",
            "describes each file). Progress goes to stderr.",
            "Exit status: 0 success, 2 bad input, 1 internal error."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SESSION", description = "session JSON file, or a built-in sample name (e.g. gaussian-bias)")
    String session;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write results into (created if missing)")
    Path out;

    @Mixin
    SessionOverrides overrides;

    @Option(names = "--compare-max-frequency", paramLabel = "XI", defaultValue = "" + Agreement.DEFAULT_MAX_FREQUENCY,
            description = "compare network and PDE spectra over |xi| <= XI (default: ${DEFAULT-VALUE})")
    double compareMaxFrequency;

    @Option(names = "--kernel-limit", description = "also evolve the residual by the infinite-width kernel on the data grid (column ntk_abs)")
    boolean kernelLimit;

    @Option(names = "--linearized", description = "also evolve it by this network's own kernel at initialization (column lin_abs)")
    boolean linearized;

    @Option(names = "--png", description = "also write one PNG per chart (the app's charts, rendered without a display)")
    boolean png;

    @Option(names = "--png-scale", defaultValue = "2", paramLabel = "S",
            description = "pixel scale of the PNGs: 1 for screens, 2 for slides (default: ${DEFAULT-VALUE})")
    double pngScale;

    @Override
    public Integer call() throws Exception {
        Session s = overrides.apply(SessionArgument.load(session));
        RunWriter.Options options = new RunWriter.Options(compareMaxFrequency, requestedKernelFlows(), png, pngScale,
                RunWriter.Options.ALL_CORES);
        RunWriter.check(s, options);
        RunBudget.check(s, options.kernelViews());
        ProgressMeter progress = new ProgressMeter(System.err, s.training().steps());
        RunWriter.Written written = RunWriter.write(s, out, options, System.err::println, progress::update);
        return finish(written.result(), progress, written.dir());
    }

    private Set<KernelFlowKind> requestedKernelFlows() {
        Set<KernelFlowKind> kinds = EnumSet.noneOf(KernelFlowKind.class);
        if (kernelLimit) {
            kinds.add(KernelFlowKind.KERNEL_LIMIT);
        }
        if (linearized) {
            kinds.add(KernelFlowKind.LINEARIZED);
        }
        return kinds;
    }

    private Integer finish(RunResult result, ProgressMeter progress, Path dir) {
        if (result.divergence() != null) {
            System.err.println("stopped: " + result.divergence() + "; results up to step " + result.stepsDone() + " are in " + dir);
            return FreqBiasCommand.BAD_INPUT;
        }
        System.err.printf(Locale.ROOT, "done: %d steps in %.1f s; max network-vs-PDE distance %.2f%% (|xi| <= %s); results in %s%n",
                result.stepsDone(), progress.elapsedSeconds(), 100 * result.maxAgreement(), compareMaxFrequency, dir);
        return FreqBiasCommand.OK;
    }
}
