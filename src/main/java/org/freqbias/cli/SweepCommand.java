package org.freqbias.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
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
import org.freqbias.core.run.Study;
import org.freqbias.core.run.StudyFiles;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionCodec;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.session.SessionFolder;
import org.freqbias.core.sweep.RunMarker;
import org.freqbias.core.sweep.SweepAxis;
import org.freqbias.core.sweep.SweepException;
import org.freqbias.core.sweep.SweepGrid;
import org.freqbias.core.sweep.SweepLayout;
import org.freqbias.core.sweep.SweepManifest;
import org.freqbias.core.sweep.SweepPoint;
import org.freqbias.core.sweep.SweepRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sweep SESSION --vary KEY=V1,V2,... [--seeds A-B] --out DIR [--jobs N] [--shard K/N]}: runs
 * the product grid of the values ({@link SweepGrid}), each run as {@code run} does it (the same
 * {@link RunWriter}) in its own folder ({@link SweepLayout}), several at once through the core's
 * {@link BatchRunner}; each finished run keeps its record (study.zip, for replay) and then its done
 * marker ({@link RunMarker}). A run whose folder has a marker of this sweep and of its session is
 * not redone. Unsharded, it ends by writing runs.csv and the small multiples ({@link SweepCollector});
 * a shard leaves that to {@code collect}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a session over a grid of values of its keys and seeds.",
            "",
            "Runs the product grid of the --vary values and the seeds in parallel, each",
            "run as `run` does it in a subfolder of DIR named by its values, then writes",
            "runs.csv (one row per run and peak) and small-multiples.png and .svg.",
            "Resumable: run it again and it redoes only the runs that did not finish.",
            "--shard K/N runs every N-th run from K (K from 0); `collect` merges shards.",
            "Exit status: 0 success, 2 bad input (or a run failed: the others finish),",
            "1 internal error."})
final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SESSION", description = "session JSON file, or a built-in sample name (e.g. gaussian-bias)")
    String session;

    @Option(names = "--vary", required = true, paramLabel = "KEY=V1,V2,...",
            description = "a numeric session key by its JSON path and its values, e.g. distribution.sigma=2,4,8 (repeatable: the grid is their product)")
    List<String> vary;

    @Option(names = "--seeds", paramLabel = "A-B", description = "training seeds A to B inclusive, or one seed (default: the session's)")
    String seeds;

    @Mixin
    ResultsFolder out;

    @Mixin
    Jobs jobs;

    @Option(names = "--shard", paramLabel = "K/N", description = "run only the runs K, K+N, K+2N, ... of the grid (K from 0 to N-1)")
    String shard;

    @Mixin
    SessionOverrides overrides;

    @Mixin
    ComparedBand band;

    @Mixin
    PngScale pngScale;

    /** A run to do: where it is in the grid, its session, folder and estimate. */
    private record Todo(SweepPoint point, String label, Session session, Path dir, ResourceEstimate estimate) {
    }

    @Override
    public Integer call() throws Exception {
        jobs.check();
        int[] kn = parseShard(shard);
        Session base = overrides.apply(SessionArgument.load(session));
        RunWriter.Options options = new RunWriter.Options(band.maxFrequency, Set.of(), ChartFormats.NONE,
                RunWriter.Options.ALL_CORES, false);
        RunWriter.check(base, options);
        pngScale.check();
        List<SweepAxis> axes = vary.stream().map(SweepAxis::parse).toList();
        SweepGrid grid = new SweepGrid(axes, seeds == null ? new long[] {base.training().seed()} : SweepGrid.parseSeeds(seeds));
        ObjectNode baseJson = SessionCodec.toJson(base);
        grid.checkKeys(baseJson);
        SweepManifest manifest = SweepManifest.of(baseJson, grid, band.maxFrequency);
        Path dir = out.prepare();
        SweepCollector.checkSameSweep(manifest, dir);

        List<String> folders = SweepLayout.folders(grid);
        List<Todo> todo = new ArrayList<>();
        int done = 0;
        List<SweepPoint> mine = grid.shard(kn[0], kn[1]);
        SessionFolder folder = SessionArgument.folder(session);
        for (SweepPoint p : mine) {
            Session s = grid.session(baseJson, folder, p);
            Path runDir = dir.resolve(folders.get(p.index()));
            String sessionSha = SweepManifest.sha256(SessionFiles.toJsonString(s));
            if (RunMarker.read(runDir).filter(m -> m.marks(manifest.sha256(), p.index()) && m.session().equals(sessionSha)).isPresent()) {
                done++;
                continue;
            }
            ResourceEstimate estimate = ResourceEstimate.of(s, new ResourceEstimate.Extras(0));
            estimate.check(Runtime.getRuntime().maxMemory()).ifPresent(refusal -> {
                throw new SweepException("run " + grid.label(p) + ": " + refusal);
            });
            // A run to redo: its stale marker and record go first (they are the sweep's, and a run
            // replaces only a folder that holds nothing but a run's results).
            Files.deleteIfExists(runDir.resolve(RunMarker.FILE));
            Files.deleteIfExists(runDir.resolve(SweepLayout.STUDY));
            todo.add(new Todo(p, grid.label(p), s, runDir, estimate));
        }
        manifest.write(dir);
        String part = kn[1] == 1 ? "" : String.format(Locale.ROOT, " (shard %d/%d)", kn[0], kn[1]);
        int status = FreqBiasCommand.OK;
        if (!todo.isEmpty()) {
            BatchRunner.Plan plan = jobs.plan(todo.stream().map(Todo::estimate).toList());
            System.err.printf(Locale.ROOT, "sweep: %d run(s) of %d%s, %d already complete; %d at a time on %d thread(s) each (limited by %s)%n",
                    todo.size(), grid.size(), part, done, plan.jobs(), plan.threadsPerJob(), plan.limit());
            status = report(BatchRunner.run(todo.stream().map(t -> job(t, manifest, options)).toList(), plan, SweepCommand::status));
        } else {
            System.err.printf(Locale.ROOT, "sweep: all %d run(s)%s already complete%n", mine.size(), part);
        }
        if (status != FreqBiasCommand.OK) {
            System.err.println("sweep: run the same command again to redo the runs that failed (the others are kept)");
            return status;
        }
        if (kn[1] == 1) {
            SweepCollector.collect(manifest, List.of(dir), dir, pngScale.scale);
            System.err.println("wrote " + SweepRow.FILE + " and " + SweepLayout.FIGURE + ".png/.svg (" + grid.size() + " runs) in " + dir);
        } else {
            System.err.println("shard " + kn[0] + "/" + kn[1] + " complete in " + dir + "; when every shard is, merge them with: collect DIR... --out DIR");
        }
        return FreqBiasCommand.OK;
    }

    /**
     * Says what failed: OK when every run finished (a diverged run is a finished run: its rows say
     * so), else BAD_INPUT, or INTERNAL_ERROR when some run failed on a bug.
     */
    private static int report(List<BatchRunner.Outcome<RunWriter.Written>> outcomes) {
        boolean failed = false;
        boolean bug = false;
        for (BatchRunner.Outcome<RunWriter.Written> o : outcomes) {
            if (!o.ok()) {
                Optional<String> problem = Failures.inputProblem(o.failure());
                failed = true;
                bug |= problem.isEmpty();
                System.err.println("error: " + o.name() + ": " + problem.orElse("internal error: " + o.failure()));
                if (problem.isEmpty()) {
                    o.failure().printStackTrace();
                }
            }
        }
        return bug ? FreqBiasCommand.INTERNAL_ERROR : failed ? FreqBiasCommand.BAD_INPUT : FreqBiasCommand.OK;
    }

    /** The run of {@code t}; once written, its record (for replay) and then its done marker. */
    private static RunJob job(Todo t, SweepManifest manifest, RunWriter.Options options) {
        return new RunJob(t.label(), t.session(), t.dir(), t.estimate(), options, w -> {
            if (w.result().divergence() != null) {
                System.err.println("[" + t.label() + "] stopped: " + w.result().divergence() + " (its rows say diverged)");
            }
            StudyFiles.save(t.dir().resolve(SweepLayout.STUDY), new Study(List.of(new Study.Run(t.label(), false, w.record()))));
            new RunMarker(manifest.sha256(), t.point().index(), t.label(),
                    SweepManifest.sha256(SessionFiles.toJsonString(t.session())),
                    SweepRow.of(t.point(), w.record()).stream().map(SweepRow::line).toList()).write(t.dir());
        });
    }

    /** {@code K/N} as [K, N]; [0, 1] when not given. */
    static int[] parseShard(String text) {
        if (text == null) {
            return new int[] {0, 1};
        }
        var m = java.util.regex.Pattern.compile("(\\d{1,6})/(\\d{1,6})").matcher(text.trim());
        if (!m.matches() || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2))) {
            throw new BadInputException("--shard " + text + ": write K/N with 0 <= K < N, e.g. 0/3, 1/3 and 2/3 for three shards");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static void status(BatchStatus s) {
        System.err.println("sweep: " + s.describe());
    }
}
