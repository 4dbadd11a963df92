package org.freqbias.cli;

import org.freqbias.core.budget.ResourceEstimate;
import org.freqbias.core.session.Session;

/** The resource estimate applied before a run starts: refuse what cannot fit, warn about what is large. */
final class RunBudget {

    private RunBudget() {
    }

    /**
     * Throws {@link BadInputException} when the run of {@code session} (with {@code kernelViews} kernel
     * flows) would not fit this JVM's heap; prints its warnings (long run, large output) to stderr.
     */
    static void check(Session session, int kernelViews) {
        ResourceEstimate estimate = ResourceEstimate.of(session, new ResourceEstimate.Extras(kernelViews));
        estimate.check(Runtime.getRuntime().maxMemory()).ifPresent(refusal -> {
            throw new BadInputException(refusal);
        });
        estimate.warnings().forEach(w -> System.err.println("warning: " + w));
    }
}
