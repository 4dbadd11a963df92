package org.freqbias.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.KernelView;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.ExperimentRunner;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.PlaneRunner;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.Prediction;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.experiment.ReferenceFlow;
import org.freqbias.core.experiment.RunResult;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.pde.PdeTrajectory;
import org.freqbias.core.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run SESSION --out DIR}: trains, solves the PDE and writes spectra, peaks, loss and a summary. */
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
            description = "compare network and PDE spectra over xi <= XI (default: ${DEFAULT-VALUE})")
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
        RunBudget.check(s, (kernelLimit ? 1 : 0) + (linearized ? 1 : 0));
        if (s.isPlane()) {
            return runPlane(s);
        }
        Path dir = OutputDirectory.prepare(out);
        Setup setup = Setup.of(s);
        OptionalDouble stableRate = setup.maxStableLearningRate();
        warnIfUnstable(s.training().learningRate(), stableRate);
        if (linearized && setup.twoLayerNetwork().isEmpty()) {
            throw new BadInputException("--linearized works for 2-layer networks only; this session has network.hiddenLayers");
        }
        References references = new References();
        if (kernelLimit) {
            references.add("diagonalizing the infinite-width kernel (" + s.domain().samples() + " x " + s.domain().samples() + ")",
                    () -> ReferenceFlow.kernelLimit(setup));
        }
        if (linearized) {
            references.add("diagonalizing the network's kernel at initialization", () -> ReferenceFlow.linearized(setup));
        }
        ProgressMeter progress = new ProgressMeter(System.err, s.training().steps());
        RunResult result;
        History history = new History();
        Snapshot[] latest = new Snapshot[1];
        try (RunTables files = RunTables.line(dir, setup, references.names())) {
            result = new ExperimentRunner(setup, compareMaxFrequency, references.flows()).run(frame -> {
                Snapshot snap = frame.snapshot();
                files.write(snap.step(), snap.time(), snap.loss(), snap.spectrum().abs(), frame.pdeAbs(), frame.pdeLoss(),
                        frame.references().values());
                history.add(frame.snapshot());
                latest[0] = frame.snapshot();
                progress.update(frame.snapshot().step(), frame.snapshot().loss());
            });
            files.commit();
        }
        SummaryJson.write(dir.resolve("summary.json"), s, setup.pdeIsExact(), result, compareMaxFrequency, stableRate,
                references.seconds());
        if (png) {
            double[] times = result.times().stream().mapToDouble(Double::doubleValue).toArray();
            List<Path> written = ChartExporter.writeAll(chartData(setup, history, latest[0], times, references.flows()),
                    dir, s.name(), pngScale);
            System.err.println("wrote " + written.size() + " charts as PNG");
        }
        return finish(result, progress, dir);
    }

    /**
     * What the PNGs of a 1D run draw: the history, the PDE and each kernel flow of the run
     * ({@code references}, drawn as the app's kernel views) at the snapshot times {@code times}.
     */
    static ChartData chartData(Setup setup, History history, Snapshot latest, double[] times,
            List<ReferenceFlow> references) {
        Map<KernelView, PdeTrajectory> views = new EnumMap<>(KernelView.class);
        for (ReferenceFlow ref : references) {
            views.put(KernelView.byFlowName(ref.name()), ref.trajectory(setup, times));
        }
        return ChartData.of(setup, history, latest, Prediction.trajectory(setup, times), views);
    }

    /**
     * A 2D session: network and 2D PDE, CSVs over the centred frequency grid, the kernel views
     * (matrix-free, Lanczos: {@link ReferenceFlow#kernelLimit(PlaneSetup)}) and the 2D charts as PNG,
     * the kernel views drawn in them as in the app.
     */
    private Integer runPlane(Session s) throws Exception {
        PlaneSetup setup = PlaneSetup.of(s);
        if (linearized && setup.twoLayerNetwork().isEmpty()) {
            throw new BadInputException("--linearized works for 2-layer networks only; this session has network.hiddenLayers");
        }
        Path dir = OutputDirectory.prepare(out);
        OptionalDouble stableRate = setup.maxStableLearningRate();
        warnIfUnstable(s.training().learningRate(), stableRate);
        References references = new References();
        if (kernelLimit) {
            references.add("evolving the residual by the infinite-width kernel (" + s.domain().samples() + " x "
                    + s.domain().samples() + " grid, Lanczos)", () -> ReferenceFlow.kernelLimit(setup));
        }
        if (linearized) {
            references.add("evolving it by the network's kernel at initialization (Lanczos)", () -> ReferenceFlow.linearized(setup));
        }
        ProgressMeter progress = new ProgressMeter(System.err, s.training().steps());
        RunResult result;
        PlaneCharts charts = new PlaneCharts(setup, references.flows());
        try (RunTables files = RunTables.plane(dir, setup, references.names())) {
            result = new PlaneRunner(setup, compareMaxFrequency, references.flows()).run(frame -> {
                files.write(frame.step(), frame.time(), frame.loss(), frame.nnAbs(), frame.pdeAbs(), frame.pdeLoss(),
                        frame.references().values());
                if (png) {
                    charts.add(frame);
                }
                progress.update(frame.step(), frame.loss());
            });
            files.commit();
        }
        SummaryJson.write(dir.resolve("summary.json"), s, setup.pdeIsExact(), result, compareMaxFrequency, stableRate,
                references.seconds());
        if (png) {
            List<Path> written = charts.write(dir, s.name(), pngScale);
            System.err.println("wrote " + written.size() + " charts as PNG");
        }
        return finish(result, progress, dir);
    }

    private static void warnIfUnstable(double eta, OptionalDouble stableRate) {
        if (stableRate.isPresent() && eta > stableRate.getAsDouble()) {
            System.err.printf(java.util.Locale.ROOT, "warning: training.learningRate %.4g is above the stability limit %.4g "
                    + "(2 / largest kernel eigenvalue): gradient descent will oscillate or diverge; try %.3g or less%n",
                    eta, stableRate.getAsDouble(), 0.9 * stableRate.getAsDouble());
        }
    }

    private Integer finish(RunResult result, ProgressMeter progress, Path dir) {
        if (result.divergence() != null) {
            System.err.println("stopped: " + result.divergence() + "; results up to step " + result.stepsDone() + " are in " + dir);
            return FreqBiasCommand.BAD_INPUT;
        }
        System.err.printf(java.util.Locale.ROOT, "done: %d steps in %.1f s; max network-vs-PDE distance %.2f%% (|xi| <= %s); results in %s%n",
                result.stepsDone(), progress.elapsedSeconds(), 100 * result.maxAgreement(), compareMaxFrequency, dir);
        return FreqBiasCommand.OK;
    }
}
