package org.freqbias.core.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sweep as found on disk: its manifest and, for each run of its grid in grid order, whether it is
 * complete (a done marker of this sweep and run in its folder, in the first of the folders that
 * has one; a marker of another sweep is a stale run, not complete) with the rows the marker holds, and where its study lies. Reading writes nothing. Used
 * by {@code collect} and {@code sweep} (runs.csv from the rows) and by the app (a sweep folder
 * opened: its figure, its runs loaded for replay).
 */
public final class SweepRuns {

    /**
     * One run of the grid.
     *
     * @param label  "distribution.sigma=2 seed=1", as {@link SweepGrid#label}
     * @param folder the run's folder name ({@link SweepLayout#folders})
     * @param done   present when the run is complete
     */
    public record Run(SweepPoint point, String label, String folder, Optional<Done> done) {

        public boolean complete() {
            return done.isPresent();
        }
    }

    /**
     * A complete run.
     *
     * @param dir   the run's folder holding the marker
     * @param lines the rows of runs.csv as the marker holds them (kept verbatim: collecting writes these bytes)
     * @param rows  the same rows read
     */
    public record Done(Path dir, List<String> lines, List<SweepRow> rows) {

        public Done {
            lines = List.copyOf(lines);
            rows = List.copyOf(rows);
        }

        /** The run's record ({@value SweepLayout#STUDY}), to replay it. */
        public Path study() {
            return dir.resolve(SweepLayout.STUDY);
        }
    }

    private final SweepManifest manifest;
    private final List<Path> dirs;
    private final List<Run> runs;

    private SweepRuns(SweepManifest manifest, List<Path> dirs, List<Run> runs) {
        this.manifest = manifest;
        this.dirs = List.copyOf(dirs);
        this.runs = List.copyOf(runs);
    }

    /**
     * Reads the sweep folder {@code dir}: its sweep.json (checked against its hash) and the done
     * markers of its runs. A run without a marker (or with an unreadable one, or one of another
     * sweep) is incomplete, not an error.
     *
     * @throws SweepException naming the file when sweep.json is missing or changed, or a marker is
     *     broken, holds rows of another run or rows that are not rows of runs.csv
     */
    public static SweepRuns read(Path dir) throws IOException {
        return find(SweepManifest.read(dir), List.of(dir));
    }

    /**
     * The runs of {@code manifest}'s sweep in {@code dirs} (one, or one per shard): each run's
     * marker from the first folder that has one of this sweep and run.
     *
     * @throws SweepException naming the file when a marker is broken, holds rows of another run or
     *     rows that are not rows of runs.csv
     */
    public static SweepRuns find(SweepManifest manifest, List<Path> dirs) {
        SweepGrid grid = manifest.grid();
        List<String> folders = SweepLayout.folders(grid);
        List<Run> runs = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            SweepPoint point = grid.point(i);
            runs.add(new Run(point, grid.label(point), folders.get(i), done(manifest, dirs, folders.get(i), point)));
        }
        return new SweepRuns(manifest, dirs, runs);
    }

    private static Optional<Done> done(SweepManifest manifest, List<Path> dirs, String folder, SweepPoint point) {
        SweepGrid grid = manifest.grid();
        for (Path d : dirs) {
            Path runDir = d.resolve(folder);
            Optional<RunMarker> m = RunMarker.readStrictly(runDir).filter(r -> r.marks(manifest.sha256(), point.index()));
            if (m.isPresent()) {
                Path file = runDir.resolve(RunMarker.FILE);
                List<SweepRow> rows = new ArrayList<>();
                for (String line : m.get().rows()) {
                    SweepRow row;
                    try {
                        row = SweepRow.parse(line, grid.axes().size());
                    } catch (SweepException e) {
                        throw new SweepException(file + " was changed by hand: " + e.getMessage()
                                + "; delete that file and run the sweep again to redo the run");
                    }
                    if (!row.values().equals(point.labels()) || row.seed() != point.seed()) {
                        throw new SweepException(file + " holds rows of another run than " + grid.label(point)
                                + "; delete that file and run the sweep again to redo the run");
                    }
                    rows.add(row);
                }
                return Optional.of(new Done(runDir, m.get().rows(), rows));
            }
        }
        return Optional.empty();
    }

    public SweepManifest manifest() {
        return manifest;
    }

    /** The folders read (one, or one per shard). */
    public List<Path> dirs() {
        return dirs;
    }

    /** Every run of the grid, in grid order. */
    public List<Run> runs() {
        return runs;
    }

    /** How many runs are complete. */
    public int complete() {
        return (int) runs.stream().filter(Run::complete).count();
    }

    /** The rows of the complete runs, in grid order. */
    public List<SweepRow> rows() {
        return runs.stream().flatMap(r -> r.done().stream()).flatMap(d -> d.rows().stream()).toList();
    }

    /** The figure of the complete runs' rows. */
    public SmallMultiples figure() {
        return SmallMultiples.of(manifest.grid(), rows());
    }
}
