package org.freqbias.core.session;

/** Range checks that name the field and the allowed range. */
final class SpecChecks {

    private SpecChecks() {
    }

    static void positive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new SessionException(field, "must be a finite number > 0, got " + value);
        }
    }

    static void range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new SessionException(field, "must lie in [" + min + ", " + max + "], got " + value);
        }
    }

    static void intRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new SessionException(field, "must be an integer in [" + min + ", " + max + "], got " + value);
        }
    }
}
