package org.freqbias.core.io;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Distinct, safe subfolder names for the runs of one output folder: each run's name made a file
 * name ({@link SafeFileName#stem}), "-2", "-3", ... added to a name already taken (compared
 * ignoring case, as macOS and Windows do) or to one of the files written beside them.
 */
public final class RunFolders {

    private final Set<String> taken = new HashSet<>();

    /** @param reserved names of the files written beside the run folders */
    public RunFolders(String... reserved) {
        for (String name : reserved) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A new folder name for a run called {@code runName}. */
    public String next(String runName) {
        String stem = SafeFileName.stem(runName);
        String name = stem;
        for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
            name = stem + "-" + k;
        }
        return name;
    }
}
