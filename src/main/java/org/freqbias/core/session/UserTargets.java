package org.freqbias.core.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.target.CsvSamples;
import org.freqbias.core.target.FormulaException;
import org.freqbias.core.target.FormulaTarget;
import org.freqbias.core.target.FormulaTarget2D;
import org.freqbias.core.target.SampledTarget;

/**
 * The targets a user brings, checked as a session file checks them, for the app's target panels
 * and for {@link UserInputs}: a formula in x (or x1, x2) that must be finite on the grid, and the
 * rows of a CSV file. Every error says where: a formula's column, a CSV file's line and column.
 */
public final class UserTargets {

    /** The field a formula's errors are reported on. */
    static final String EXPRESSION = "target.expression";

    private UserTargets() {
    }

    /**
     * A formula target in x, finite at every grid point of {@code domain}.
     *
     * @throws FormulaException for a syntax error or an unknown name, with its column
     * @throws SessionException for a value that is not finite, naming the first grid point
     */
    public static FormulaTarget formula(String expression, double[] peaks, Domain domain) {
        return formula(expression, peaks, domain, EXPRESSION);
    }

    static FormulaTarget formula(String expression, double[] peaks, Domain domain, String field) {
        FormulaTarget target = new FormulaTarget(expression, peaks);
        SpecChecks.finiteSamples(field, target, domain);
        return target;
    }

    /** A formula target in x1, x2, finite on the N x N grid; errors as for {@link #formula(String, double[], Domain)}. */
    public static FormulaTarget2D formula2D(String expression, double[][] peaks, Domain domain) {
        return formula2D(expression, peaks, domain, EXPRESSION);
    }

    static FormulaTarget2D formula2D(String expression, double[][] peaks, Domain domain, String field) {
        FormulaTarget2D target = new FormulaTarget2D(expression, peaks);
        SpecChecks.finiteSamples(field, target, domain);
        return target;
    }

    /**
     * The CSV file {@code file} as a target, its path kept absolute (a session saved anywhere finds it).
     *
     * @throws IllegalArgumentException naming the file and the line and column of the first bad entry
     * @throws IOException when the file cannot be read
     */
    public static CsvFile csv(Path file, double[] peaks) throws IOException {
        Path absolute = file.toAbsolutePath();
        return csv(absolute.toString(), SessionFolder.of(null), peaks);
    }

    /** The CSV file at {@code path} in {@code folder}: at most {@link CsvFile#MAX_BYTES} of UTF-8 rows x,y. */
    static CsvFile csv(String path, SessionFolder folder, double[] peaks) throws IOException {
        String name = folder.describe(path);
        String text;
        try (InputStream in = folder.open(path)) {
            byte[] bytes = in.readNBytes(CsvFile.MAX_BYTES + 1);
            if (bytes.length > CsvFile.MAX_BYTES) {
                throw new IllegalArgumentException(name + " is larger than " + (CsvFile.MAX_BYTES >> 20)
                        + " MiB; a target needs at most " + SampledTarget.MAX_POINTS + " rows");
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(name + " is not a UTF-8 text file of x,y rows", e);
        }
        try {
            return new CsvFile(path, CsvSamples.parse(text, peaks));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }
}
