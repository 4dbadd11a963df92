package org.freqbias.cli;

import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.sweep.RunMarker;
import org.freqbias.core.sweep.SweepGrid;
import org.freqbias.core.sweep.SweepManifest;
import org.freqbias.core.sweep.SweepRow;

/**
 * The folder of each run of a sweep, named by its values ("distribution.sigma=2_network.width=64_seed=0",
 * made a safe file name, "-2" added should two names meet), the same in every shard: the names are
 * given in grid order whichever runs a shard does.
 */
final class SweepFolders {

    /** The small-multiples figure's file stem (.png and .svg). */
    static final String FIGURE = "small-multiples";

    private SweepFolders() {
    }

    /** One folder name per run of {@code grid}, in grid order. */
    static List<String> of(SweepGrid grid) {
        RunFolders folders = new RunFolders(SweepRow.FILE, SweepManifest.FILE, FIGURE + ".png", FIGURE + ".svg", RunMarker.FILE);
        List<String> names = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            names.add(folders.next(grid.label(grid.point(i)).replace(' ', '_')));
        }
        return names;
    }
}
