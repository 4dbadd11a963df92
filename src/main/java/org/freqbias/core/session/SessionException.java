package org.freqbias.core.session;

/** Bad session input: names the offending field (a dotted path) and says what is allowed. */
public class SessionException extends IllegalArgumentException {

    private final String field;

    public SessionException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
    }

    public SessionException(String field, String problem, Throwable cause) {
        this(field, problem);
        initCause(cause);
    }

    /** The dotted path of the offending field, such as "distribution.sigma"; empty for the whole file. */
    public String field() {
        return field;
    }
}
