package org.freqbias.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.export.ChartFormats;
import org.freqbias.core.experiment.ExperimentRunner;
import org.freqbias.core.experiment.RunResult;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.io.RunFolder;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.run.RunRecord;
import org.freqbias.core.run.RunRecordBuilder;
import org.freqbias.core.session.Session;

/**
 * One run written into a folder, the one way every command does it ({@code run}, {@code compare}):
 * the stability warning, the kernel flows asked for, training with the PDE beside it, spectra.csv,
 * peaks.csv, loss.csv (streamed, committed at the end), summary.json, the charts as PNG
 * ({@code --png}) and SVG ({@code --svg}), and the run's {@link RunRecord}. The session and options must have been checked
 * ({@link #check}) and the resource estimate applied before.
 */
final class RunWriter {

    /**
     * How to run and what to write.
     *
     * @param charts the chart files written into the run's folder
     * @param threads training threads, at most, or {@link #ALL_CORES} for the trainer's default (the
     *     run is the same for any count)
     * @param keepChartData hand back what the charts draw ({@link Written#charts}) even when no chart
     *     file is written (a bundle renders its own)
     */
    record Options(double compareMaxFrequency, Set<KernelFlowKind> kernelFlows, ChartFormats charts, int threads,
            boolean keepChartData) {

        /** The trainer's default: one thread per core (fewer for a small 2-layer network). */
        static final int ALL_CORES = 0;

        Options {
            kernelFlows = Set.copyOf(kernelFlows);
        }

        Options withThreads(int newThreads) {
            return new Options(compareMaxFrequency, kernelFlows, charts, newThreads, keepChartData);
        }

        /** Whether the run gathers what its charts draw. */
        boolean gathersCharts() {
            return charts.any() || keepChartData;
        }

        /** Kernel flows asked for, as the resource estimate counts them. */
        int kernelViews() {
            return kernelFlows.size();
        }
    }

    /**
     * What a run produced: its summary figures, its record, where its files are, and what its charts
     * draw (null unless {@link Options#gathersCharts}).
     */
    record Written(RunResult result, RunRecord record, Path dir, ChartData charts) {
    }

    /** Receives each snapshot's step and loss, on the run's thread. */
    @FunctionalInterface
    interface Progress {
        void update(int step, double loss);
    }

    private RunWriter() {
    }

    /**
     * Refuses options that cannot work (exit status 2, a message naming the option): a PNG scale
     * outside [0.5, 4], a compared frequency that is not positive, the linearized network of a deep
     * network.
     */
    static void check(Session s, Options o) {
        if (o.charts().png()) {
            PngScale.check(o.charts().pngScale());
        }
        if (!(o.compareMaxFrequency() > 0)) {
            throw new BadInputException("--compare-max-frequency must be > 0, got " + o.compareMaxFrequency());
        }
        if (o.kernelFlows().contains(KernelFlowKind.LINEARIZED) && s.network().isDeep()) {
            throw new BadInputException("--linearized works for 2-layer networks only; this session has network.hiddenLayers");
        }
    }

    /**
     * Runs {@code s} and writes its files into {@code out} (created if missing) as one whole
     * ({@link RunFolder}): written beside it, moved into place when complete, so {@code out} holds
     * the previous run until then, whatever stops this one; {@code log} gets one line per message
     * (warnings, kernel flows, chart files). A write that fails (a full disk) is bad input naming
     * {@code out}, with nothing of this run left behind.
     */
    static Written write(Session s, Path out, Options o, Consumer<String> log, Progress progress)
            throws InterruptedException {
        try (RunFolder folder = OutputDirectory.open(out)) {
            Written written = writeInto(folder, s, o, log, progress);
            folder.commit();
            return written;
        } catch (IOException e) {
            throw OutputDirectory.writeFailed(out, e);
        }
    }

    /** Trains and writes every file into the folder's staging area; nothing shows in its DIR before the commit. */
    private static Written writeInto(RunFolder folder, Session s, Options o, Consumer<String> log, Progress progress)
            throws IOException, InterruptedException {
        Setup setup = Setup.of(s);
        OptionalDouble stableRate = setup.maxStableLearningRate();
        warnIfUnstable(s.training().learningRate(), stableRate, log);
        RunKernelFlows kernelFlows = new RunKernelFlows(log);
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            if (o.kernelFlows().contains(kind)) {
                kernelFlows.build(setup, kind);
            }
        }
        PngCharts charts = o.gathersCharts() ? new PngCharts(setup, kernelFlows.flows()) : null;
        RunRecordBuilder record = new RunRecordBuilder(setup, o.compareMaxFrequency());
        RunResult result;
        try (RunTables files = new RunTables(folder.staging(), setup, kernelFlows.flows().keySet())) {
            ExperimentRunner runner = o.threads() == Options.ALL_CORES
                    ? new ExperimentRunner(setup, o.compareMaxFrequency(), kernelFlows.flows())
                    : new ExperimentRunner(setup, o.compareMaxFrequency(), kernelFlows.flows(), o.threads());
            result = runner.run(frame -> {
                files.write(frame);
                record.add(frame);
                if (charts != null) {
                    charts.add(frame);
                }
                progress.update(frame.snapshot().step(), frame.snapshot().loss());
            });
            files.commit();
        }
        SummaryJson.write(folder.file("summary.json"), s, setup.pdeIsExact(), result, o.compareMaxFrequency(), stableRate,
                kernelFlows.seconds());
        ChartData chartData = charts == null ? null : charts.data();
        if (o.charts().any()) {
            List<Path> written = ChartExporter.writeAll(chartData, folder.staging(), s.name(), o.charts());
            boolean both = o.charts().png() && o.charts().svg();
            log.accept("wrote " + written.size() / (both ? 2 : 1) + " charts as " + (both ? "PNG and SVG" : o.charts().png() ? "PNG" : "SVG"));
        }
        return new Written(result, record.build(result.stepsDone(), result.divergence()), folder.dir(), chartData);
    }

    private static void warnIfUnstable(double eta, OptionalDouble stableRate, Consumer<String> log) {
        if (stableRate.isPresent() && eta > stableRate.getAsDouble()) {
            log.accept(String.format(Locale.ROOT, "warning: training.learningRate %.4g is above the stability limit %.4g "
                    + "(2 / largest kernel eigenvalue): gradient descent will oscillate or diverge; try %.3g or less",
                    eta, stableRate.getAsDouble(), 0.9 * stableRate.getAsDouble()));
        }
    }
}
