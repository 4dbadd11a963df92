package org.freqbias.core.session;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.function.Supplier;
import org.freqbias.core.dist.PiecewiseLinearDensity;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.target.FormulaTarget;
import org.freqbias.core.target.FormulaTarget2D;
import org.freqbias.core.target.SampledTarget;

/**
 * Reads what a user brings into a session: the drawn density ({@code custom}) and the targets
 * {@code formula} (1D and 2D), {@code samples} and {@code csv}. Each error is a
 * {@link SessionException} on the field at fault, with the position inside it (a formula's column,
 * a point's index, a CSV file's line and column).
 */
final class UserInputs {

    private UserInputs() {
    }

    /** {"type": "custom", "points": [[xi, density], ...], "symmetric": true|false}; symmetric defaults to all xi >= 0. */
    static PiecewiseLinearDensity customDensity(JsonFields d) {
        double[][] points = d.pairs("points");
        double[] xi = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            xi[i] = points[i][0];
        }
        boolean symmetric = d.bool("symmetric", PiecewiseLinearDensity.mirroredByDefault(xi));
        try {
            return PiecewiseLinearDensity.of(points, symmetric);
        } catch (IllegalArgumentException e) {
            throw new SessionException(d.path("points"), e.getMessage(), e);
        }
    }

    /** {"type": "formula", "expression": "...", "peaks": [...]} in x, finite on the session's grid. */
    static FormulaTarget formula(JsonFields t, Domain domain) {
        double[] peaks = peaks(t);
        return onExpression(t, () -> UserTargets.formula(expression(t), peaks, domain, t.path("expression")));
    }

    /** {"type": "formula", "expression": "...", "peaks": [[xi1, xi2], ...]} in x1, x2, finite on the grid. */
    static FormulaTarget2D formula2D(JsonFields t, Domain domain) {
        double[][] peaks = t.has("peaks") ? t.pairs("peaks") : new double[0][];
        for (int i = 0; i < peaks.length; i++) {
            if (peaks[i][0] == 0 && peaks[i][1] == 0) {
                throw new SessionException(t.path("peaks[" + i + "]"), "must be a non-zero frequency vector [xi1, xi2]");
            }
        }
        return onExpression(t, () -> UserTargets.formula2D(expression(t), peaks, domain, t.path("expression")));
    }

    /** {"type": "samples", "points": [[x, y], ...], "peaks": [...]}. */
    static SampledTarget samples(JsonFields t) {
        double[][] points = t.pairs("points");
        double[] peaks = peaks(t);
        try {
            return SampledTarget.of(points, peaks);
        } catch (IllegalArgumentException e) {
            throw new SessionException(t.path("points"), e.getMessage(), e);
        }
    }

    /** {"type": "csv", "path": "data.csv", "peaks": [...]}: the file read from the session's folder. */
    static CsvFile csv(JsonFields t, SessionFolder folder) {
        String path = t.text("path", null);
        if (path == null || path.isBlank()) {
            throw new SessionException(t.path("path"), "is missing: the CSV file of x,y rows, relative to the session file's folder");
        }
        double[] peaks = peaks(t);
        try {
            return UserTargets.csv(path, folder, peaks);
        } catch (NoSuchFileException e) {
            throw new SessionException(t.path("path"), "no such CSV file: " + folder.describe(path)
                    + " (relative paths are relative to the session file's folder)");
        } catch (IOException e) {
            throw new SessionException(t.path("path"), "cannot read " + folder.describe(path) + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SessionException(t.path("path"), e.getMessage(), e);
        }
    }

    private static String expression(JsonFields t) {
        String expression = t.text("expression", null);
        if (expression == null) {
            throw new SessionException(t.path("expression"), "is missing: a formula such as \"sin(3*x) * exp(-x^2/2)\"");
        }
        return expression;
    }

    /** The optional nominal peaks of a 1D target, each a finite frequency > 0. */
    private static double[] peaks(JsonFields t) {
        double[] peaks = t.has("peaks") ? t.numbers("peaks") : new double[0];
        for (int i = 0; i < peaks.length; i++) {
            SpecChecks.positive(t.path("peaks[" + i + "]"), peaks[i]);
        }
        return peaks;
    }

    /** Builds a formula target; a bad formula (syntax, unknown name, not finite on the grid) is reported on "expression". */
    private static <T> T onExpression(JsonFields t, Supplier<T> target) {
        try {
            return target.get();
        } catch (SessionException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SessionException(t.path("expression"), e.getMessage(), e);
        }
    }
}
