package org.freqbias.core.target;

import java.util.Arrays;
import java.util.Objects;
import org.freqbias.core.grid.Domain;

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

    /** Refuses a formula that is NaN or infinite at a grid point of {@code domain}, naming the first (x1, x2). */
    public void requireFiniteOn(Domain domain) {
        double[] axis = domain.axis();
        for (double x1 : axis) {
            for (double x2 : axis) {
                double g = value(x1, x2);
                if (!Double.isFinite(g)) {
                    throw new IllegalArgumentException("the formula gives " + g + " at (x1, x2) = (" + x1 + ", " + x2
                            + ") (the first grid point where it is not finite); change it so it is finite on the whole window");
                }
            }
        }
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
