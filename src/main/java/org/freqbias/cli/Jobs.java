package org.freqbias.cli;

import java.util.List;
import org.freqbias.core.batch.BatchRunner;
import org.freqbias.core.budget.ResourceEstimate;
import picocli.CommandLine.Option;

/** {@code --jobs N}: how many runs a batch command runs at once. */
final class Jobs {

    @Option(names = "--jobs", paramLabel = "N",
            description = "runs at once (default: the number of cores; fewer when memory would not hold them)")
    Integer jobs;

    /** Refuses a count below 1, before any work. */
    void check() {
        if (jobs != null && jobs < 1) {
            throw new BadInputException("--jobs must be >= 1, got " + jobs);
        }
    }

    /** The batch's plan for runs of these estimates: at most {@code --jobs} (default: the cores) at once, as memory allows. */
    BatchRunner.Plan plan(List<ResourceEstimate> estimates) {
        int cores = Runtime.getRuntime().availableProcessors();
        return BatchRunner.plan(estimates, jobs == null ? cores : jobs, cores, Runtime.getRuntime().maxMemory());
    }
}
