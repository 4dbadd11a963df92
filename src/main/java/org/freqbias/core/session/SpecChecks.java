package org.freqbias.core.session;

import org.freqbias.core.grid.Domain;
import org.freqbias.core.target.Target;
import org.freqbias.core.target.Target2D;

/** Range checks that name the field and the allowed range. */
final class SpecChecks {

    /** Longest session name: it becomes part of file names. */
    static final int MAX_NAME_LENGTH = 200;
    /** Longest description (a few paragraphs a teacher reads aloud). */
    static final int MAX_DESCRIPTION_LENGTH = 10_000;
    /** Longest path of a file named in a session. */
    static final int MAX_PATH_LENGTH = 4096;

    private SpecChecks() {
    }

    static void positive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new SessionException(field, "must be a finite number > 0, got " + value);
        }
    }

    static void range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new SessionException(field, "must lie in [" + fmt(min) + ", " + fmt(max) + "], got " + value);
        }
    }

    /** 0 < value <= max. */
    static void positiveAtMost(String field, double value, double max, String why) {
        if (!(value > 0 && value <= max)) {
            throw new SessionException(field, "must lie in (0, " + fmt(max) + "]" + why + ", got " + value);
        }
    }

    static void intRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new SessionException(field, "must be an integer in [" + min + ", " + max + "], got " + value);
        }
    }

    /**
     * Text that ends up in file names or on screen: at most {@code maxLength} characters and no
     * control characters (NUL, newlines, escapes), which no file system or label takes well.
     */
    static void label(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new SessionException(field, "must be at most " + maxLength + " characters, got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new SessionException(field, "must not contain control characters (found U+"
                        + String.format("%04X", (int) value.charAt(i)) + " at character " + i + ")");
            }
        }
    }

    /** At most {@code maxLength} characters, control characters other than line breaks and tabs refused. */
    static void text(String field, String value, int maxLength) {
        label(field, value.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '), maxLength);
    }

    /**
     * A 1D target must be finite at every grid point: refuses the first NaN or infinite sample,
     * naming where it is.
     */
    static void finiteSamples(String field, Target target, Domain domain) {
        double[] x = domain.axis();
        for (int i = 0; i < x.length; i++) {
            double g = target.value(x[i]);
            if (!Double.isFinite(g)) {
                throw new SessionException(field, "is " + g + " at x = " + x[i] + " (grid point " + i
                        + "); a target must be a finite number at every grid point");
            }
        }
    }

    /** As {@link #finiteSamples(String, Target, Domain)} on the N x N grid of a 2D domain. */
    static void finiteSamples(String field, Target2D target, Domain domain) {
        double[] x = domain.axis();
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                double g = target.value(x[i], x[j]);
                if (!Double.isFinite(g)) {
                    throw new SessionException(field, "is " + g + " at x = (" + x[i] + ", " + x[j]
                            + "); a target must be a finite number at every grid point");
                }
            }
        }
    }

    /** A bound as a user would type it: 4096, 0.001, 1e+06. */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v).replaceAll("\\.?0+(e|$)", "$1");
    }
}
