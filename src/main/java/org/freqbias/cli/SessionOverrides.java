package org.freqbias.cli;

import org.freqbias.core.session.Session;
import picocli.CommandLine.Option;

/** The options that change a session from the command line, shared by the commands that run sessions. */
final class SessionOverrides {

    @Option(names = "--steps", paramLabel = "N", description = "override training.steps")
    Integer steps;

    @Option(names = "--seed", paramLabel = "S", description = "override training.seed")
    Long seed;

    /** {@code s} with the overrides given (validated like the session's own values). */
    Session apply(Session s) {
        if (steps != null) {
            s = s.withTraining(s.training().withSteps(steps));
        }
        if (seed != null) {
            s = s.withTraining(s.training().withSeed(seed));
        }
        return s;
    }
}
