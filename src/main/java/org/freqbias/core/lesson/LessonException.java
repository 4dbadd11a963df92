package org.freqbias.core.lesson;

/**
 * A lesson file that cannot be played: names the step and the field (a dotted path such as
 * "steps[2].actions[0].playUntil") and says what is allowed. Nothing of such a lesson is applied.
 */
public final class LessonException extends IllegalArgumentException {

    private final String field;

    public LessonException(String field, String problem) {
        super(describe(field) + problem);
        this.field = field;
    }

    public LessonException(String field, String problem, Throwable cause) {
        this(field, problem);
        initCause(cause);
    }

    /** The dotted path of the offending field; empty for the whole file. */
    public String field() {
        return field;
    }

    /** "step 3 (steps[2].caption): " for a field inside a step, "title: " otherwise. */
    private static String describe(String field) {
        if (field.isEmpty()) {
            return "";
        }
        if (field.startsWith("steps[")) {
            int close = field.indexOf(']');
            if (close > 6) {
                try {
                    int index = Integer.parseInt(field.substring(6, close));
                    return "step " + (index + 1) + " (" + field + "): ";
                } catch (NumberFormatException e) {
                    // not a step index: fall through
                }
            }
        }
        return field + ": ";
    }
}
