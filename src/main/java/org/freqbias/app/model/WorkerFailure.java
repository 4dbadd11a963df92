package org.freqbias.app.model;

import org.freqbias.core.budget.ResourceEstimate;

/** The message-bar text for work that failed on a background worker. */
final class WorkerFailure {

    private WorkerFailure() {
    }

    /**
     * "{@code what}: reason"; out of memory gets the size of the heap and the keys that shrink a
     * session instead of a reason.
     */
    static String describe(String what, Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return what + ": " + ResourceEstimate.outOfMemory(Runtime.getRuntime().maxMemory());
        }
        return what + ": " + (t.getMessage() != null ? t.getMessage() : t.toString());
    }
}
