package org.freqbias.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.freqbias.core.sweep.SweepLayout;
import org.freqbias.core.sweep.SweepManifest;
import org.freqbias.core.sweep.SweepRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code collect DIR... --out DIR}: merges the folders of a sharded sweep into the runs.csv and small
 * multiples one unsharded sweep writes ({@link SweepCollector}); refuses folders of different
 * sweeps and names the runs no folder holds complete.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Merge a sweep's shard folders into runs.csv and its figures.",
            "",
            "Reads the folders of `sweep --shard K/N` and writes runs.csv and",
            "small-multiples.png and .svg into DIR, byte for byte what one unsharded",
            "sweep writes. The run folders stay where they are.",
            "Exit status: 0 success, 2 bad input (folders of different sweeps, runs",
            "missing), 1 internal error."})
final class CollectCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "the shards' output folders")
    List<Path> dirs;

    @Mixin
    ResultsFolder out;

    @Mixin
    PngScale pngScale;

    @Override
    public Integer call() throws Exception {
        pngScale.check();
        SweepManifest manifest = SweepCollector.manifestOf(dirs);
        Path dir = out.prepare();
        int runs = SweepCollector.collect(manifest, dirs, dir, pngScale.scale);
        System.err.println("wrote " + SweepRow.FILE + " and " + SweepLayout.FIGURE + ".png/.svg (" + runs + " runs from "
                + dirs.size() + " folder(s)) in " + dir);
        return FreqBiasCommand.OK;
    }
}
