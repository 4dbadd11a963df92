package org.freqbias.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.ExperimentRunner;
import org.freqbias.core.experiment.RunResult;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import picocli.CommandLine.Command;
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

    @Option(names = "--steps", paramLabel = "N", description = "override training.steps")
    Integer steps;

    @Option(names = "--seed", paramLabel = "S", description = "override training.seed")
    Long seed;

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
        Session s = SessionArgument.load(session);
        if (steps != null) {
            s = s.withTraining(s.training().withSteps(steps));
        }
        if (seed != null) {
            s = s.withTraining(s.training().withSeed(seed));
        }
        if (!(pngScale >= 0.5 && pngScale <= 4)) {
            throw new BadInputException("--png-scale must lie in [0.5, 4], got " + pngScale);
        }
        if (!(compareMaxFrequency > 0)) {
            throw new BadInputException("--compare-max-frequency must be > 0, got " + compareMaxFrequency);
        }
        if (linearized && s.network().isDeep()) {
            throw new BadInputException("--linearized works for 2-layer networks only; this session has network.hiddenLayers");
        }
        RunBudget.check(s, (kernelLimit ? 1 : 0) + (linearized ? 1 : 0));
        Path dir = OutputDirectory.prepare(out);
        Setup setup = Setup.of(s);
        OptionalDouble stableRate = setup.maxStableLearningRate();
        warnIfUnstable(s.training().learningRate(), stableRate);
        RunKernelFlows kernelFlows = new RunKernelFlows();
        for (KernelFlowKind kind : requestedKernelFlows()) {
            kernelFlows.build(setup, kind);
        }
        ProgressMeter progress = new ProgressMeter(System.err, s.training().steps());
        PngCharts charts = png ? new PngCharts(setup, kernelFlows.flows()) : null;
        RunResult result;
        try (RunTables files = new RunTables(dir, setup, kernelFlows.flows().keySet())) {
            result = new ExperimentRunner(setup, compareMaxFrequency, kernelFlows.flows()).run(frame -> {
                files.write(frame);
                if (charts != null) {
                    charts.add(frame);
                }
                progress.update(frame.snapshot().step(), frame.snapshot().loss());
            });
            files.commit();
        }
        SummaryJson.write(dir.resolve("summary.json"), s, setup.pdeIsExact(), result, compareMaxFrequency, stableRate,
                kernelFlows.seconds());
        if (charts != null) {
            List<Path> written = charts.write(dir, s.name(), pngScale);
            System.err.println("wrote " + written.size() + " charts as PNG");
        }
        return finish(result, progress, dir);
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

    private static void warnIfUnstable(double eta, OptionalDouble stableRate) {
        if (stableRate.isPresent() && eta > stableRate.getAsDouble()) {
            System.err.printf(Locale.ROOT, "warning: training.learningRate %.4g is above the stability limit %.4g "
                    + "(2 / largest kernel eigenvalue): gradient descent will oscillate or diverge; try %.3g or less%n",
                    eta, stableRate.getAsDouble(), 0.9 * stableRate.getAsDouble());
        }
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
