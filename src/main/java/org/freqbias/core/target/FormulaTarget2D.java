package org.freqbias.core.target;

import java.util.Arrays;
import java.util.Objects;

/**
 * g(x1, x2) given by a formula in x1 and x2 ({@link Formula}), with the nominal peak frequency
 * vectors the user names, if any (without them the peaks are derived from the spectrum of g).
 */
public final class FormulaTarget2D implements Target2D {

    private final Formula formula;
    private final double[][] peaks;

    /**
     * @throws FormulaException         for a syntax error or an unknown name, with its column
     * @throws IllegalArgumentException for a peak that is not a finite, non-zero pair
     */
    public FormulaTarget2D(String expression, double[][] peaks) {
        this.formula = Formula.parse(expression, "x1", "x2");
        this.peaks = PeakList.ofPlane(peaks);
    }

    public String expression() {
        return formula.text();
    }

    @Override
    public double value(double x1, double x2) {
        return formula.evaluate(x1, x2);
    }

    @Override
    public double[][] nominalPeaks() {
        return Arrays.stream(peaks).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormulaTarget2D t && expression().equals(t.expression()) && Arrays.deepEquals(peaks, t.peaks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expression(), Arrays.deepHashCode(peaks));
    }

    @Override
    public String toString() {
        return "formula " + expression();
    }
}
