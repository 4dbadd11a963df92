package org.freqbias.app.export;

import java.util.logging.Logger;

/**
 * JavaFX's own log, quieter by one message: started from the class path (one runnable jar) rather
 * than as named modules, JavaFX 21 warns "Unsupported JavaFX configuration" on every start. This
 * app runs that way on purpose and works, so the warning only alarms users; every other JavaFX
 * message (CSS, layout) is still printed.
 */
public final class FxLogging {

    /** JavaFX logs the warning on its logger "javafx" (com.sun.javafx.util.Logging.getJavaFXLogger). */
    private static final Logger JAVAFX = Logger.getLogger("javafx"); // held: the filter lives on this instance

    private FxLogging() {
    }

    /** Drops the class-path warning; call before the toolkit starts. Idempotent. */
    public static void dropClassPathWarning() {
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
