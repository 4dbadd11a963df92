package org.freqbias.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.freqbias.app.chart.SmallMultiplesChart;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.core.io.AtomicFiles;
import org.freqbias.core.sweep.SmallMultiples;
import org.freqbias.core.sweep.SweepException;
import org.freqbias.core.sweep.SweepGrid;
import org.freqbias.core.sweep.SweepLayout;
import org.freqbias.core.sweep.SweepManifest;
import org.freqbias.core.sweep.SweepRow;
import org.freqbias.core.sweep.SweepRuns;

/**
 * Gathers the runs of one sweep from its folders (one, or one per shard; read by {@link SweepRuns})
 * and writes runs.csv and the small-multiples figure: rows in grid order, each run's rows as its done marker holds them, so
 * that the same runs give the same bytes however they were sharded. Used by {@code sweep} (its own
 * folder) and {@code collect} (shard folders).
 */
final class SweepCollector {

    /** How many missing runs a message names. */
    private static final int NAMED = 5;

    private SweepCollector() {
    }

    /**
     * The sweep all of {@code dirs} hold.
     *
     * @throws SweepException when a folder holds no sweep or another sweep than the first
     */
    static SweepManifest manifestOf(List<Path> dirs) throws IOException {
        SweepManifest first = SweepManifest.read(dirs.get(0));
        for (Path d : dirs.subList(1, dirs.size())) {
            if (!SweepManifest.read(d).sha256().equals(first.sha256())) {
                throw new SweepException(d + " holds another sweep than " + dirs.get(0) + " (their " + SweepManifest.FILE
                        + " differ: base session, varied values, seeds or compared frequency); collect the shards of one sweep");
            }
        }
        return first;
    }

    /**
     * Writes runs.csv, the figure (PNG at {@code pngScale} and SVG) and sweep.json into {@code out}
     * from the complete runs found in {@code dirs}.
     *
     * @return the number of runs collected
     * @throws SweepException naming the first runs found in none of the folders
     */
    static int collect(SweepManifest manifest, List<Path> dirs, Path out, double pngScale)
            throws IOException, InterruptedException {
        SweepGrid grid = manifest.grid();
        SweepRuns runs = SweepRuns.find(manifest, dirs);
        List<String> missing = runs.runs().stream().filter(r -> !r.complete()).map(SweepRuns.Run::folder).toList();
        if (!missing.isEmpty()) {
            throw new SweepException(missing.size() + " of " + grid.size() + " runs are complete in none of " + dirs + ": "
                    + String.join(", ", missing.subList(0, Math.min(NAMED, missing.size()))) + (missing.size() > NAMED ? ", ..." : "")
                    + "; run the shards that hold them (sweep ... --shard K/N) until they finish, then collect again");
        }
        checkSameSweep(manifest, out);
        try (AtomicFiles.Staged staged = AtomicFiles.stage(out.resolve(SweepRow.FILE))) {
            Writer w = staged.writer();
            w.write(SweepRow.header(grid) + "\n");
            for (SweepRuns.Run r : runs.runs()) {
                for (String line : r.done().orElseThrow().lines()) {
                    w.write(line + "\n");
                }
            }
            staged.commit();
        }
        manifest.write(out);
        SmallMultiples figure = runs.figure();
        ChartExporter.writeFigure(() -> {
            SmallMultiplesChart chart = new SmallMultiplesChart();
            chart.show(figure);
            return chart;
        }, width(figure), out, SweepLayout.FIGURE, pngScale);
        return grid.size();
    }

    /**
     * Refuses an {@code out} folder that holds another sweep (its runs.csv would be replaced by one
     * of another grid).
     */
    static void checkSameSweep(SweepManifest manifest, Path out) throws IOException {
        if (Files.exists(out.resolve(SweepManifest.FILE)) && !SweepManifest.read(out).sha256().equals(manifest.sha256())) {
            throw new SweepException(out + " holds another sweep (its " + SweepManifest.FILE + " differs); choose another --out");
        }
    }

    private static double width(SmallMultiples figure) {
        return SmallMultiplesChart.exportWidth(figure.panels().size());
    }
}
