package org.freqbias.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.freqbias.app.chart.SmallMultiplesChart;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.core.io.AtomicFiles;
import org.freqbias.core.sweep.RunMarker;
import org.freqbias.core.sweep.SmallMultiples;
import org.freqbias.core.sweep.SweepException;
import org.freqbias.core.sweep.SweepGrid;
import org.freqbias.core.sweep.SweepManifest;
import org.freqbias.core.sweep.SweepPoint;
import org.freqbias.core.sweep.SweepRow;

/**
 * Gathers the runs of one sweep from its folders (one, or one per shard) and writes runs.csv and
 * the small-multiples figure: rows in grid order, each run's rows as its done marker holds them, so
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
        List<String> folders = SweepFolders.of(grid);
        List<String> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            Optional<RunMarker> done = find(manifest, dirs, folders.get(i), i);
            if (done.isPresent()) {
                lines.addAll(done.get().rows());
            } else {
                missing.add(folders.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new SweepException(missing.size() + " of " + grid.size() + " runs are complete in none of " + dirs + ": "
                    + String.join(", ", missing.subList(0, Math.min(NAMED, missing.size()))) + (missing.size() > NAMED ? ", ..." : "")
                    + "; run the shards that hold them (sweep ... --shard K/N) until they finish, then collect again");
        }
        checkSameSweep(manifest, out);
        List<SweepRow> rows = new ArrayList<>();
        try (AtomicFiles.Staged staged = AtomicFiles.stage(out.resolve(SweepRow.FILE))) {
            Writer w = staged.writer();
            w.write(SweepRow.header(grid) + "\n");
            for (String line : lines) {
                w.write(line + "\n");
                rows.add(SweepRow.parse(line, grid.axes().size()));
            }
            staged.commit();
        }
        manifest.write(out);
        SmallMultiples figure = SmallMultiples.of(grid, rows);
        ChartExporter.writeFigure(() -> {
            SmallMultiplesChart chart = new SmallMultiplesChart();
            chart.show(figure);
            return chart;
        }, width(figure), out, SweepFolders.FIGURE, pngScale);
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

    /**
     * The done marker of run {@code index} in the first folder that has it.
     *
     * @throws SweepException when a marker of this run holds rows of another run (edited by hand?)
     */
    private static Optional<RunMarker> find(SweepManifest manifest, List<Path> dirs, String folder, int index) {
        SweepGrid grid = manifest.grid();
        SweepPoint point = grid.point(index);
        for (Path d : dirs) {
            Optional<RunMarker> m = RunMarker.read(d.resolve(folder)).filter(r -> r.marks(manifest.sha256(), index));
            if (m.isPresent()) {
                for (String line : m.get().rows()) {
                    SweepRow row = SweepRow.parse(line, grid.axes().size());
                    if (!row.values().equals(point.labels()) || row.seed() != point.seed()) {
                        throw new SweepException(d.resolve(folder).resolve(RunMarker.FILE) + " holds rows of another run than "
                                + grid.label(point) + "; delete that file and run the sweep again to redo the run");
                    }
                }
                return m;
            }
        }
        return Optional.empty();
    }
}
