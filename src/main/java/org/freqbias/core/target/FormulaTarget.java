package org.freqbias.core.target;

import java.util.Arrays;
import java.util.Objects;

/**
 * g(x) given by a formula in x ({@link Formula}), e.g. {@code sin(3*x) * exp(-x^2/2)}, with the
 * nominal peak frequencies the user names, if any (without them the peaks are derived from the
 * spectrum of g).
 */
public final class FormulaTarget implements Target {

    private final Formula formula;
    private final double[] peaks;

    /**
     * @throws FormulaException         for a syntax error or an unknown name, with its column
     * @throws IllegalArgumentException for a peak that is not a finite frequency > 0
     */
    public FormulaTarget(String expression, double[] peaks) {
        this.formula = Formula.parse(expression, "x");
        this.peaks = PeakList.of(peaks);
    }

    public String expression() {
        return formula.text();
    }

    /** The peaks as given (sorted, without repeats); empty when they are derived from the spectrum. */
    public double[] peaks() {
        return peaks.clone();
    }

    @Override
    public double value(double x) {
        return formula.evaluate(x);
    }

    @Override
    public double[] nominalPeaks() {
        return peaks.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormulaTarget t && expression().equals(t.expression()) && Arrays.equals(peaks, t.peaks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expression(), Arrays.hashCode(peaks));
    }

    @Override
    public String toString() {
        return "formula " + expression();
    }
}
