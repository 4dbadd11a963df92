package org.freqbias.cli;

import picocli.CommandLine.Option;

/** {@code --png-scale S}: the pixel scale of the PNGs a command writes, for every command that writes them. */
final class PngScale {

    @Option(names = "--png-scale", defaultValue = "2", paramLabel = "S",
            description = "pixel scale of the PNGs: 1 for screens, 2 for slides (default: ${DEFAULT-VALUE})")
    double scale;

    /** Refuses the scale given outside [0.5, 4], before any work. */
    void check() {
        check(scale);
    }

    /** Refuses a PNG scale outside [0.5, 4] (exit status 2, naming --png-scale). */
    static void check(double scale) {
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new BadInputException("--png-scale must lie in [0.5, 4], got " + scale);
        }
    }
}
