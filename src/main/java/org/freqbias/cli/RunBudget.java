package org.freqbias.cli;

import org.freqbias.core.budget.ResourceEstimate;
import org.freqbias.core.session.Session;

/**
 * The resource estimate applied before a command trains: refuse what cannot fit, warn about what is
 * large. Every command that trains a session goes through here before any work.
 */
final class RunBudget {

    private RunBudget() {
    }

    /**
     * Throws {@link BadInputException} when the run of {@code session} (with {@code kernelViews} kernel
     * flows) would not fit this JVM's heap; prints its warnings (long run, large output) to stderr.
     */
    static void check(Session session, int kernelViews) {
        ResourceEstimate estimate = refuseWhatCannotFit(session, new ResourceEstimate.Extras(kernelViews));
        estimate.warnings().forEach(w -> System.err.println("warning: " + w));
    }

    /**
     * Throws {@link BadInputException} when a run of {@code session} with {@code extras} would not fit
     * this JVM's heap; returns the estimate.
     */
    static ResourceEstimate refuseWhatCannotFit(Session session, ResourceEstimate.Extras extras) {
        ResourceEstimate estimate = ResourceEstimate.of(session, extras);
        estimate.check(Runtime.getRuntime().maxMemory()).ifPresent(refusal -> {
            throw new BadInputException(refusal);
        });
        return estimate;
    }
}
