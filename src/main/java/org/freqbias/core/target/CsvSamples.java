package org.freqbias.core.target;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads samples (x, y) from CSV text: two numeric columns separated by a comma, one row per line,
 * an optional header line first (a first line whose x is not a number), blank lines ignored. Every
 * error names the line and the column (1 = x, 2 = y).
 */
public final class CsvSamples {

    private CsvSamples() {
    }

    /**
     * The samples of {@code text} with the given nominal peaks.
     *
     * @throws IllegalArgumentException "line L, column C: ..." for the first bad entry
     */
    public static SampledTarget parse(String text, double[] peaks) {
        return SampledTarget.of(rows(text, "x", "y", SampledTarget.MAX_POINTS), peaks);
    }

    /**
     * The rows of {@code text} as pairs, the first column strictly increasing; {@code first} and
     * {@code second} name the columns in messages (such as "x" and "y").
     *
     * @param maxRows at most this many data rows
     * @throws IllegalArgumentException "line L, column C: ..." for the first bad entry
     */
    public static double[][] rows(String text, String first, String second, int maxRows) {
        List<double[]> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        boolean seenFirst = false;
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l].strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = l + 1;
            String[] fields = line.split(",", -1);
            if (!seenFirst) {
                seenFirst = true;
                if (!isNumber(fields[0].strip())) {
                    continue;                                   // the header
                }
            }
            if (fields.length != 2) {
                throw new IllegalArgumentException("line " + number + ": expected two columns " + first + "," + second
                        + " separated by a comma, got " + fields.length);
            }
            double x = value(fields[0], number, 1);
            double y = value(fields[1], number, 2);
            if (!rows.isEmpty() && !(x > rows.get(rows.size() - 1)[0])) {
                throw new IllegalArgumentException("line " + number + ", column 1: " + first + " = " + x + " is not greater than the "
                        + first + " of the row before, " + rows.get(rows.size() - 1)[0] + " (sort the rows by " + first + ", each "
                        + first + " once)");
            }
            if (rows.size() == maxRows) {
                throw new IllegalArgumentException("line " + number + ": more than " + maxRows
                        + " rows; resample the data to fewer points");
            }
            rows.add(new double[] {x, y});
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException("line " + lines.length + ": the file has " + rows.size()
                    + " data rows; at least two rows " + first + "," + second + " are needed");
        }
        return rows.toArray(double[][]::new);
    }

    private static double value(String field, int line, int column) {
        String s = field.strip();
        if (!isNumber(s)) {
            throw new IllegalArgumentException("line " + line + ", column " + column + ": \"" + s + "\" is not a number");
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("line " + line + ", column " + column + ": " + s + " is not a finite number");
        }
        return v;
    }

    /** A decimal number as Java reads it, but not the words NaN and Infinity or hexadecimal forms. */
    private static boolean isNumber(String s) {
        return s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }
}
