package org.freqbias.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Issue 10: every start printed JavaFX's "Unsupported JavaFX configuration" warning; other JavaFX messages still show. */
class FxLoggingTest {

    @Test
    void theClassPathWarningIsDroppedAndOtherJavaFxMessagesKept() {
        Logger javafx = Logger.getLogger("javafx");
        List<String> printed = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                printed.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(handler);
        try {
            FxLogging.dropClassPathWarning();
            // The message JavaFX 21 logs (com.sun.javafx.application.PlatformImpl) when started from the class path.
            javafx.log(Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @5f4da5c3'");
            javafx.log(Level.WARNING, "CSS Error parsing: expected ';'");
        } finally {
            javafx.removeHandler(handler);
        }
        assertEquals(List.of("CSS Error parsing: expected ';'"), printed);
    }
}
