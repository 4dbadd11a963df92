package org.freqbias.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.freqbias.app.export.ChartFormats;
import org.freqbias.core.batch.BatchRunner;
import org.freqbias.core.batch.BatchStatus;
import org.freqbias.core.budget.ResourceEstimate;
import org.freqbias.core.io.RunFolders;
import org.freqbias.core.run.Study;
import org.freqbias.core.run.StudyFiles;
import org.freqbias.core.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare SESSION... --out DIR}: runs every session as {@code run} would (the same
 * {@link RunWriter}, each into its own subfolder), several at once on the local cores through the
 * core's {@link BatchRunner}, then writes comparison.csv and study.zip over the runs that
 * finished. A session that fails (bad input, too large, divergence) is reported with its name
 * while the others finish.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run several sessions at once and compare them.",
            "",
            "Runs them in parallel on the available cores and writes each run's usual",
            "files into a subfolder of DIR named after it (each replaced whole, as run",
            "replaces its DIR), comparison.csv (learning times, agreement, bias ratio",
            "per run and peak) and study.zip (every run, to replay in the app or read",
            "with `study`).",
            "Exit status: 0 success, 2 if any session failed (bad input or divergence;",
            "the others finish), 1 internal error."})
final class CompareCommand implements Callable<Integer> {

    static final String STUDY = "study.zip";

    @Parameters(arity = "1..*", paramLabel = "SESSION", description = "session JSON files or built-in sample names")
    List<String> sessions;

    @Mixin
    ResultsFolder out;

    @Mixin
    Jobs jobs;

    @Mixin
    SessionOverrides overrides;

    @Mixin
    ComparedBand band;

    @Option(names = "--png", description = {"also write each run's charts as PNG into its folder, and the runs overlaid",
            "(comparison-learning-time.png, comparison-fprinciple.png, comparison-spectrum.png; at most 4 runs)"})
    boolean png;

    /** A session ready to run: its name, folder and estimate. */
    private record Prepared(String name, Session session, Path dir, ResourceEstimate estimate) {
    }

    @Override
    public Integer call() throws Exception {
        jobs.check();
        RunWriter.Options options = new RunWriter.Options(band.maxFrequency, Set.of(),
                png ? ChartFormats.png(2) : ChartFormats.NONE, RunWriter.Options.ALL_CORES, false);
        Path dir = out.prepare();
        RunFolders folders = new RunFolders(ComparisonTable.FILE, STUDY);
        List<String> failed = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>();
        for (String argument : sessions) {
            prepare(argument, options, folders, dir).ifPresentOrElse(prepared::add, () -> failed.add(argument));
        }
        List<RunJob> batch = prepared.stream()
                .map(p -> new RunJob(p.name(), p.session(), p.dir(), p.estimate(), options, RunJob.After.NOTHING)).toList();
        BatchRunner.Plan plan = jobs.plan(prepared.stream().map(Prepared::estimate).toList());
        System.err.printf(Locale.ROOT, "compare: %d session(s), %d at a time on %d thread(s) each (limited by %s)%n",
                batch.size(), plan.jobs(), plan.threadsPerJob(), plan.limit());
        List<BatchRunner.Outcome<RunWriter.Written>> outcomes = BatchRunner.run(batch, plan, CompareCommand::status);

        boolean bug = false;
        List<ComparisonTable.Row> rows = new ArrayList<>();
        List<Study.Run> runs = new ArrayList<>();
        for (BatchRunner.Outcome<RunWriter.Written> o : outcomes) {
            if (!o.ok()) {
                failed.add(o.name());
                Optional<String> problem = Failures.inputProblem(o.failure());
                bug |= problem.isEmpty();
                System.err.println("error: " + o.name() + ": " + problem.orElse("internal error: " + o.failure()));
                if (problem.isEmpty()) {
                    o.failure().printStackTrace();
                }
            } else if (o.value().result().divergence() != null) {
                failed.add(o.name());
                System.err.println("error: " + o.name() + ": stopped: " + o.value().result().divergence()
                        + "; its files up to step " + o.value().result().stepsDone() + " are in " + o.value().dir()
                        + "; left out of the comparison");
            } else {
                rows.add(new ComparisonTable.Row(o.name(), o.value().record()));
                runs.add(0, new Study.Run(o.name(), false, o.value().record()));
            }
        }
        if (!rows.isEmpty()) {
            ComparisonTable.write(dir, rows);
            StudyFiles.save(dir.resolve(STUDY), new Study(runs));
            System.err.println("wrote " + ComparisonTable.FILE + " and " + STUDY + " (" + rows.size() + " run(s)) in " + dir);
            if (png) {
                List<Study.Run> inOrder = new ArrayList<>(runs);
                java.util.Collections.reverse(inOrder); // the study lists the newest first; the charts the arguments' order
                ComparisonCharts.write(dir, inOrder);
            }
        }
        if (!failed.isEmpty()) {
            System.err.println("failed: " + String.join(", ", failed));
        }
        return bug ? FreqBiasCommand.INTERNAL_ERROR : failed.isEmpty() ? FreqBiasCommand.OK : FreqBiasCommand.BAD_INPUT;
    }

    /** Loads and checks one session argument; empty (after saying why) when it cannot run. */
    private Optional<Prepared> prepare(String argument, RunWriter.Options options, RunFolders folders, Path dir) {
        try {
            Session s = overrides.apply(SessionArgument.load(argument));
            RunWriter.check(s, options);
            ResourceEstimate estimate = RunBudget.refuseWhatCannotFit(s, new ResourceEstimate.Extras(options.kernelViews()));
            estimate.warnings().forEach(w -> System.err.println("warning: " + s.name() + ": " + w));
            String folder = folders.next(s.name());
            return Optional.of(new Prepared(folder, s, dir.resolve(folder), estimate));
        } catch (Exception e) {
            Optional<String> problem = Failures.inputProblem(e);
            if (problem.isEmpty()) {
                throw new IllegalStateException("while reading " + argument, e);
            }
            System.err.println("error: " + argument + ": " + problem.get());
            return Optional.empty();
        }
    }

    private static void status(BatchStatus s) {
        System.err.println("compare: " + s.describe());
    }
}
