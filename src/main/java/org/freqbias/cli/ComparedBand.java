package org.freqbias.cli;

import org.freqbias.core.experiment.Agreement;
import picocli.CommandLine.Option;

/** {@code --compare-max-frequency}: the band where network and PDE spectra are compared, for every command that runs sessions. */
final class ComparedBand {

    @Option(names = "--compare-max-frequency", paramLabel = "XI", defaultValue = "" + Agreement.DEFAULT_MAX_FREQUENCY,
            description = "compare network and PDE spectra over |xi| <= XI (default: ${DEFAULT-VALUE})")
    double maxFrequency;
}
