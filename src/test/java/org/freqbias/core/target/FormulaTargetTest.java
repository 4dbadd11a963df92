package org.freqbias.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.objecthunter.exp4j.function.Functions;
import org.freqbias.core.grid.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formula targets: the same values as the built-in targets they spell out, and errors with their column. */
class FormulaTargetTest {

    private static final Domain LINE = Domain.line(10, 1024);
    private static final Domain PLANE = new Domain(2, 8, 64);

    /** The wave packet of gaussian-bias written as a formula gives the same grid values (measured: bit-identical). */
    @Test
    void aFormulaOfTheWavePacketGivesItsValues() {
        WavePacket packet = new WavePacket(1.0, List.of(new SineComponent(2, 1), new SineComponent(6, 1), new SineComponent(11, 1)));
        FormulaTarget formula = new FormulaTarget("exp(-x^2/2) * (sin(2*x) + sin(6*x) + sin(11*x))", new double[0]);
        double[] x = LINE.axis();
        double[] expected = packet.sample(x);
        double[] actual = formula.sample(x);
        for (int i = 0; i < x.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12, "x = " + x[i]);
        }
    }

    /** The plane-waves sample's target written in x1, x2 (measured: equal to 2e-16). */
    @Test
    void aFormulaOfThePlaneWavesGivesTheirValues() {
        PlaneWaves waves = new PlaneWaves(1.5, List.of(new PlaneWave(3, 0, 1), new PlaneWave(2, 5, 1)));
        FormulaTarget2D formula = new FormulaTarget2D("exp(-(x1^2 + x2^2) / (2 * 1.5^2)) * (sin(3*x1) + sin(2*x1 + 5*x2))", new double[0][]);
        double[] expected = waves.sample(PLANE);
        double[] actual = formula.sample(PLANE);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12);
        }
    }

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource(delimiter = '|', value = {
        "-x^2|3|-9",
        "2^-2|0|0.25",
        "pi * e|0|8.539734222673566",
        "pow(x, 2) + abs(-x) + 1e-3 * x + .5|2|6.502",
        "x % 3|7|1",
        "sqrt(x) * log(x)|1|0",
    })
    void formulasEvaluateAsMathematicsSays(String expression, double x, double expected) {
        assertEquals(expected, new FormulaTarget(expression, new double[0]).value(x), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "sin(3*x|4|is never closed",
        "sin(3*x))|9|closes no",
        "3*x*|4|ends after '*' where an operand is expected",
        "2**3|3|has no left operand",
        "3x|2|missing operator before 'x'",
        "3 x|3|missing operator before 'x'",
        "x1 + x2|1|unknown name 'x1'; variables: x",
        "y + 1|1|unknown name 'y'",
        "sin x|5|needs its argument in parentheses",
        "sin(x, 2)|9|sin takes 1 argument, got 2",
        "pow(x)|6|pow takes 2 arguments, got 1",
        "x $ 2|3|unexpected character '$'",
        "(x+1)(x-1)|6|missing operator before '('",
        "`,x`|1|separates the arguments of a function",
        "1.2.3|4|missing operator before a number",
        "sin(x,)|7|missing operand before ')'",
        "exp(-x^2/2) * sin(11 * x) +|27|ends after '+'",
    })
    void syntaxErrorsNameTheirColumn(String expression, int column, String hint) {
        FormulaException e = assertThrows(FormulaException.class, () -> new FormulaTarget(expression, new double[0]));
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith("column " + column + ": ") && e.getMessage().contains(hint), e.getMessage());
    }

    @Test
    void anEmptyFormulaOrAOneDimensionalNameInTwoDimensionsIsRefused() {
        assertTrue(assertThrows(FormulaException.class, () -> new FormulaTarget("  ", new double[0])).getMessage().contains("empty"));
        FormulaException e = assertThrows(FormulaException.class, () -> new FormulaTarget2D("sin(x)", new double[0][]));
        assertTrue(e.getMessage().contains("unknown name 'x'; variables: x1, x2"), e.getMessage());
    }

    /** Division by zero reads NaN (exp4j throws); the session codec refuses such a target, naming the point. */
    @Test
    void divisionByZeroReadsNaN() {
        assertTrue(Double.isNaN(new FormulaTarget("1 / x", new double[0]).value(0)));
        assertTrue(Double.isInfinite(new FormulaTarget2D("exp(x1 * x2 * 20)", new double[0][]).value(-8, -8)));
    }

    @Test
    void peaksAreCheckedSortedAndDeduplicated() {
        assertEquals(List.of(2.0, 6.0), java.util.Arrays.stream(new FormulaTarget("sin(2*x)", new double[] {6, 2, 6}).nominalPeaks())
                .boxed().toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FormulaTarget("x", new double[] {-1}));
        assertTrue(e.getMessage().contains("peaks[0]"), e.getMessage());
    }

    /** The function list in messages is exactly what exp4j knows, so a suggested name always works. */
    @Test
    void theListedFunctionsAreExp4jBuiltins() {
        for (String name : FormulaSyntax.FUNCTIONS) {
            assertNotNull(Functions.getBuiltinFunction(name), name);
            new FormulaTarget(name + "(" + (name.equals("pow") ? "x, 2" : "x") + ")", new double[0]);
        }
    }
}
