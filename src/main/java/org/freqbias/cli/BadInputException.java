package org.freqbias.cli;

/** A problem with what the user asked for (an option, a path); exits with status 2. */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
