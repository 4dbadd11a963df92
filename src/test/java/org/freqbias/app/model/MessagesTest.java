package org.freqbias.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A notice ("Reset to step 0") clears itself, so it never outlives what it was about (it stayed up
 * through a whole new run); an error stays until it is dismissed or replaced.
 */
@ExtendWith(ApplicationExtension.class)
class MessagesTest {

    @Test
    void aNoticeClearsItselfAndAnErrorStays() throws Exception {
        Messages messages = fx(() -> new Messages(Duration.millis(600)));
        fx(() -> {
            messages.info("Reset to step 0");
            return null;
        });
        assertEquals("Reset to step 0", fx(() -> messages.messageProperty().get()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> messages.messageProperty().get().isEmpty()));

        fx(() -> {
            messages.info("a notice");
            messages.error("Stopped: the run diverged");
            return null;
        });
        WaitForAsyncUtils.sleep(1800, TimeUnit.MILLISECONDS); // three notice lifetimes
        assertEquals("Stopped: the run diverged", fx(() -> messages.messageProperty().get()), "an error stays");
        assertTrue(fx(() -> messages.isErrorProperty().get()));

        fx(() -> {
            messages.info("first");
            return null;
        });
        WaitForAsyncUtils.sleep(350, TimeUnit.MILLISECONDS);
        fx(() -> {
            messages.info("second"); // a new notice gets its own time
            return null;
        });
        WaitForAsyncUtils.sleep(350, TimeUnit.MILLISECONDS);
        assertEquals("second", fx(() -> messages.messageProperty().get()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> messages.messageProperty().get().isEmpty()));
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
