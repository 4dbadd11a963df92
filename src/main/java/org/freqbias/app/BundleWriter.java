package org.freqbias.app;

import java.nio.file.Path;
import java.util.Set;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;

/**
 * Writes the reproducible bundle of a session's run, as {@code run SESSION --bundle FILE.zip} does:
 * handed to the app by {@code Main}, so that the app never names the command line.
 */
@FunctionalInterface
public interface BundleWriter {

    /** For a window with no command line behind it (tests): says so. */
    BundleWriter NONE = (session, kernelFlows, zip) -> {
        throw new IllegalStateException("bundles are written by the jar's command line, which is not available here");
    };

    /**
     * Runs {@code session} headless from its seed with {@code kernelFlows} and writes the bundle to
     * {@code zip}; blocks for the whole run, so call it off the FX thread.
     *
     * @return one line for the user: where the bundle is, or why it was not written (a run that diverged)
     * @throws Exception for a session or a place that cannot be bundled; the message says what to change
     */
    String write(Session session, Set<KernelFlowKind> kernelFlows, Path zip) throws Exception;
}
