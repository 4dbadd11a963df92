package org.freqbias.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.freqbias.app.export.ChartFormats;
import org.freqbias.core.experiment.RunResult;
import org.freqbias.core.io.RunFolder;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run SESSION --out DIR}: trains, solves the PDE and writes spectra, peaks, loss and a
 * summary, for a 1D or a 2D session alike; the charts as PNG and/or SVG; a reproducible bundle with
 * {@code --bundle}. Everything the user typed is checked before any work; then the output folder,
 * the stability limit, the kernel flows, and training. The files are written beside --out and
 * moved into place together at the end ({@link RunFolder}): --out holds the previous run, whole,
 * until this one is complete, whatever stops it. {@code run FILE.zip --out DIR} re-runs a bundle
 * ({@link BundleRerun}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Train a session's network, solve its PDE and write the results.",
            "",
            "Writes spectra.csv, peaks.csv, loss.csv and summary.json into DIR, and one",
            "file per chart with --png and/or --svg (README.md describes each file). DIR",
            "shows the previous results, whole, until the new ones are complete.",
            "--bundle FILE.zip writes all of it, the session and the program's version",
            "into one zip; 'run FILE.zip --out DIR' re-runs such a bundle and says",
            "whether its figures match. Progress goes to stderr.",
            "Exit status: 0 success (a re-run: figures match), 2 bad input (a re-run:",
            "figures differ, or the bundle was changed), 1 internal error."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SESSION", description = "session JSON file, a built-in sample name (e.g. gaussian-bias), "
            + "or a bundle (.zip) to re-run")
    String session;

    @Option(names = "--out", paramLabel = "DIR", description = "directory to write results into (created if missing); "
            + "required but with --bundle")
    Path out;

    @Mixin
    SessionOverrides overrides;

    @Spec
    CommandSpec spec;

    @Mixin
    ComparedBand band;

    @Option(names = "--kernel-limit", description = "also evolve the residual by the infinite-width kernel on the data grid (column ntk_abs)")
    boolean kernelLimit;

    @Option(names = "--linearized", description = "also evolve it by this network's own kernel at initialization (column lin_abs)")
    boolean linearized;

    @Option(names = "--png", description = "also write one PNG per chart (the app's charts, rendered without a display)")
    boolean png;

    @Option(names = "--svg", description = "also write one SVG per chart (vector: text as text, curves as paths); "
            + "with --png both")
    boolean svg;

    @Option(names = "--bundle", paramLabel = "FILE.zip", description = "also write a reproducible bundle: the effective "
            + "session and the files it names, results, every chart as PNG (2x) and SVG, version and machine, SHA-256 of each entry")
    Path bundle;

    @Mixin
    PngScale pngScale;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        ChartFormats charts = new ChartFormats(png, pngScale.scale, svg);
        if (session.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            refuseWithBundleRerun();
            return BundleRerun.run(Path.of(session), out, charts);
        }
        if (out == null && bundle == null) {
            throw new BadInputException("--out DIR is missing: give the folder to write results into (or --bundle FILE.zip)");
        }
        Session s = overrides.apply(SessionArgument.load(session));
        RunWriter.Options options = new RunWriter.Options(band.maxFrequency, requestedKernelFlows(), charts,
                RunWriter.Options.ALL_CORES, bundle != null);
        RunWriter.check(s, options);
        RunBudget.check(s, options.kernelViews());
        Path bundleFile = bundle == null ? null : RunBundle.checkTarget(bundle);
        ProgressMeter progress = new ProgressMeter(System.err, s.training().steps());
        if (out == null) {
            return finish(RunBundle.runAndBundle(s, options, bundleFile, System.err::println, progress::update),
                    (System.nanoTime() - start) / 1e9, bundleFile);
        }
        RunWriter.Written written = RunWriter.write(s, out, options, System.err::println, progress::update);
        if (bundleFile != null && written.result().divergence() == null) {
            RunBundle.write(bundleFile, s, options, written);
        }
        return finish(written.result(), (System.nanoTime() - start) / 1e9, written.dir());
    }

    /** A bundle re-runs as it was made: options that would change the run are refused. */
    private void refuseWithBundleRerun() {
        if (out == null) {
            throw new BadInputException("--out DIR is missing: give the folder to re-run the bundle " + session + " into");
        }
        boolean xiGiven = spec.commandLine().getParseResult().hasMatchedOption("--compare-max-frequency");
        if (bundle != null || overrides.steps != null || overrides.seed != null || kernelLimit || linearized || xiGiven) {
            throw new BadInputException("a bundle re-runs with its own session and options: drop --bundle, --steps, --seed, "
                    + "--kernel-limit, --linearized and --compare-max-frequency (edit the unpacked session.json to run something else)");
        }
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

    private Integer finish(RunResult result, double seconds, Path dir) {
        if (result.divergence() != null) {
            System.err.println("stopped: " + result.divergence() + "; " + (out == null ? "no bundle written"
                    : "results up to step " + result.stepsDone() + " are in " + dir + (bundle == null ? "" : "; no bundle written")));
            return FreqBiasCommand.BAD_INPUT;
        }
        if (bundle != null) {
            System.err.println("wrote the bundle " + bundle);
        }
        System.err.printf(Locale.ROOT, "done: %d steps in %.1f s; max network-vs-PDE distance %.2f%% (|xi| <= %s); results in %s%n",
                result.stepsDone(), seconds, 100 * result.maxAgreement(), band.maxFrequency, dir);
        return FreqBiasCommand.OK;
    }
}
