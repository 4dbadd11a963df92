package org.freqbias.core.sweep;

import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.io.RunFolders;

/**
 * Where a sweep's files lie in its folder (each shard's alike): sweep.json, runs.csv and the
 * small-multiples figure at the top, and one subfolder per run named by its values
 * ("distribution.sigma=2_network.width=64_seed=0", made a safe file name, "-2" added should two
 * names meet) holding the run's files, its {@value #STUDY} (for replay) and its done marker
 * ({@link RunMarker}). The names are given in grid order whichever runs a shard does, so they are
 * the same in every shard.
 */
public final class SweepLayout {

    /** A run's record, for replay: a study of one run. */
    public static final String STUDY = "study.zip";
    /** The small-multiples figure's file stem (.png and .svg). */
    public static final String FIGURE = "small-multiples";

    private SweepLayout() {
    }

    /** One folder name per run of {@code grid}, in grid order. */
    public static List<String> folders(SweepGrid grid) {
        RunFolders folders = new RunFolders(SweepRow.FILE, SweepManifest.FILE, FIGURE + ".png", FIGURE + ".svg", RunMarker.FILE);
        List<String> names = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            names.add(folders.next(grid.label(grid.point(i)).replace(' ', '_')));
        }
        return names;
    }
}
