package org.freqbias.core.target;

import java.util.List;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;

/**
 * A formula typed by a user, such as {@code sin(3*x) * exp(-x^2/2)}, evaluated by exp4j.
 *
 * <p>exp4j parses and evaluates; it reports the position of an unknown name but not of a misplaced
 * operator, a missing operand or an unbalanced parenthesis, so {@link FormulaSyntax} reads the
 * formula first and reports the column of the first error. Implicit multiplication is off:
 * {@code 3x} and {@code x1} in a 1D formula are errors, not 3 * x and x * 1. Division by zero
 * evaluates to NaN (exp4j throws).
 */
public final class Formula {

    /** At most this many characters: a formula, not a program. */
    public static final int MAX_LENGTH = 2000;

    private final String text;
    private final List<String> variables;
    private final Expression expression;

    private Formula(String text, List<String> variables, Expression expression) {
        this.text = text;
        this.variables = variables;
        this.expression = expression;
    }

    /**
     * Reads {@code text} with the given variable names.
     *
     * @throws FormulaException naming the column (1-based) of the first error and what is allowed
     */
    public static Formula parse(String text, String... variables) {
        if (text == null || text.isBlank()) {
            throw new FormulaException(1, "the formula is empty; write one in " + String.join(", ", variables) + ", e.g. sin(3*x)");
        }
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException(MAX_LENGTH + 1, "the formula is longer than " + MAX_LENGTH + " characters");
        }
        new FormulaSyntax(text, List.of(variables)).check();
        Expression expression;
        try {
            expression = new ExpressionBuilder(text).variables(variables).implicitMultiplication(false).build();
        } catch (RuntimeException e) {
            throw new FormulaException(1, String.valueOf(e.getMessage()));   // not expected after the check above
        }
        ValidationResult valid = expression.validate(false);
        if (!valid.isValid()) {
            throw new FormulaException(1, String.join("; ", valid.getErrors()));
        }
        return new Formula(text, List.of(variables), expression);
    }

    /** The formula as typed. */
    public String text() {
        return text;
    }

    /**
     * The value at the given values of the variables (in the order given to {@link #parse}); NaN where
     * exp4j divides by zero. Synchronized: an exp4j expression holds its variables' values.
     */
    public synchronized double evaluate(double... values) {
        for (int i = 0; i < values.length; i++) {
            expression.setVariable(variables.get(i), values[i]);
        }
        try {
            return expression.evaluate();
        } catch (ArithmeticException e) {
            return Double.NaN;
        }
    }
}
