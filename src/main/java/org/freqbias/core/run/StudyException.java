package org.freqbias.core.run;

import java.io.IOException;

/**
 * A study file that cannot be opened: damaged, partial, of another format or version, or holding
 * something out of bounds. The message names the file and what is wrong with it; nothing of the
 * study has been loaded.
 */
public class StudyException extends IOException {

    public StudyException(String message) {
        super(message);
    }

    public StudyException(String message, Throwable cause) {
        super(message, cause);
    }
}
