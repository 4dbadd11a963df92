package org.freqbias.app.model;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * The message bar's state: the newest message and whether it is an error. An error stays until it
 * is dismissed or replaced; a notice ("Reset to step 0", "Theme: Dark") clears itself after a few
 * seconds, so that it never outlives what it was about. FX thread only.
 */
final class Messages {

    /** How long a notice stays. */
    static final Duration NOTICE = Duration.seconds(5);

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper isError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final PauseTransition expiry;

    Messages() {
        this(NOTICE);
    }

    /** Notices clear after {@code notice}. */
    Messages(Duration notice) {
        expiry = new PauseTransition(notice);
        expiry.setOnFinished(e -> {
            if (!isError.get()) {
                message.set("");
            }
        });
    }

    void error(String text) {
        expiry.stop();
        message.set(text);
        isError.set(true);
    }

    void info(String text) {
        message.set(text);
        isError.set(false);
        if (text.isEmpty()) {
            expiry.stop();
        } else {
            expiry.playFromStart();
        }
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty isErrorProperty() {
        return isError.getReadOnlyProperty();
    }
}
