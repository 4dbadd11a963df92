package org.freqbias.app.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The message bar's state: the newest message and whether it is an error. FX thread only. */
final class Messages {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper isError = new ReadOnlyBooleanWrapper(this, "messageIsError");

    void error(String text) {
        message.set(text);
        isError.set(true);
    }

    void info(String text) {
        message.set(text);
        isError.set(false);
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty isErrorProperty() {
        return isError.getReadOnlyProperty();
    }
}
