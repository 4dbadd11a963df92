package org.freqbias.core.target;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.function.Functions;

/**
 * Reads a formula token by token with the grammar exp4j accepts (numbers such as 2, .5, 1e-3;
 * variables, the constants pi and e, functions with their number of arguments; + - * / ^ %; unary +
 * and -; parentheses and commas), in one pass with a stack of open parentheses, and reports the
 * first token that cannot follow the one before it, with its column.
 */
final class FormulaSyntax {

    /** The functions of exp4j 0.4.8, for messages (their arities come from exp4j itself). */
    static final List<String> FUNCTIONS = List.of("abs", "acos", "asin", "atan", "cbrt", "ceil", "cos", "cosh", "cot",
            "exp", "expm1", "floor", "log", "log10", "log1p", "log2", "pow", "signum", "sin", "sinh", "sqrt", "tan", "tanh");

    /** The constants exp4j defines. */
    static final Set<String> CONSTANTS = Set.of("pi", "\u03c0", "e", "\u03c6");

    private enum Expect { OPERAND, OPEN_PARENTHESIS, OPERATOR }

    /** An open parenthesis: where, and the function it calls (null for grouping) with the commas seen. */
    private static final class Open {
        final int column;
        final Function function;
        int commas;

        Open(int column, Function function) {
            this.column = column;
            this.function = function;
        }
    }

    private final String text;
    private final List<String> variables;
    private final Deque<Open> open = new ArrayDeque<>();
    private Expect expect = Expect.OPERAND;
    private Function pendingFunction;
    private int pos;

    FormulaSyntax(String text, List<String> variables) {
        this.text = text;
        this.variables = variables;
    }

    void check() {
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                end();
                return;
            }
            int start = pos;
            char c = text.charAt(pos);
            if (Character.isDigit(c) || c == '.') {
                number(start);
            } else if (Character.isLetter(c) || c == '_') {
                name(start);
            } else if ("+-*/^%".indexOf(c) >= 0) {
                pos++;
                operator(start, c);
            } else if (c == '(') {
                pos++;
                if (expect == Expect.OPERATOR) {
                    throw error(start, "missing operator before '(' (write 2*(x+1), not 2(x+1))");
                }
                open.push(new Open(start, expect == Expect.OPEN_PARENTHESIS ? pendingFunction : null));
                expect = Expect.OPERAND;
            } else if (c == ')') {
                pos++;
                close(start);
            } else if (c == ',') {
                pos++;
                comma(start);
            } else {
                throw error(start, "unexpected character '" + c + "'; a formula uses numbers, names, + - * / ^ %, parentheses and commas");
            }
        }
    }

    private void number(int start) {
        requireOperandPosition(start, "a number");
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos - start == 1 && text.charAt(start) == '.') {
            throw error(start, "a lone '.' is not a number");
        }
        if (pos + 1 < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int exponent = pos + 1;
            if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
                pos = exponent;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
        }
        expect = Expect.OPERATOR;
    }

    private void name(int start) {
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String name = text.substring(start, pos);
        requireOperandPosition(start, "'" + name + "'");
        Function function = Functions.getBuiltinFunction(name);
        if (variables.contains(name) || CONSTANTS.contains(name)) {
            expect = Expect.OPERATOR;
        } else if (function != null) {
            pendingFunction = function;
            expect = Expect.OPEN_PARENTHESIS;
        } else {
            throw error(start, "unknown name '" + name + "'; variables: " + String.join(", ", variables)
                    + "; constants: pi, e; functions: " + String.join(", ", FUNCTIONS));
        }
    }

    private void operator(int start, char c) {
        if (expect == Expect.OPERAND && (c == '+' || c == '-')) {
            return;                                      // unary sign
        }
        if (expect == Expect.OPEN_PARENTHESIS) {
            throw functionWithoutParentheses(start);
        }
        if (expect == Expect.OPERAND) {
            throw error(start, "operator '" + c + "' has no left operand");
        }
        expect = Expect.OPERAND;
    }

    private void close(int start) {
        if (expect == Expect.OPEN_PARENTHESIS) {
            throw functionWithoutParentheses(start);
        }
        if (open.isEmpty()) {
            throw error(start, "')' closes no '('");
        }
        if (expect == Expect.OPERAND) {
            throw error(start, "missing operand before ')'");
        }
        Open o = open.pop();
        if (o.function != null && o.commas + 1 != o.function.getNumArguments()) {
            throw error(start, o.function.getName() + " takes " + o.function.getNumArguments() + " argument"
                    + (o.function.getNumArguments() == 1 ? "" : "s") + ", got " + (o.commas + 1));
        }
        expect = Expect.OPERATOR;
    }

    private void comma(int start) {
        if (open.isEmpty() || open.peek().function == null) {
            throw error(start, "',' separates the arguments of a function such as pow(x, 2), and there is none here");
        }
        if (expect != Expect.OPERATOR) {
            throw error(start, "missing argument before ','");
        }
        open.peek().commas++;
        expect = Expect.OPERAND;
    }

    private void end() {
        int last = text.stripTrailing().length() - 1;          // the last character typed
        if (expect == Expect.OPEN_PARENTHESIS) {
            throw functionWithoutParentheses(last);
        }
        if (expect == Expect.OPERAND) {
            throw error(last, "the formula ends after '" + text.charAt(last) + "' where an operand is expected; complete it");
        }
        if (!open.isEmpty()) {
            throw error(open.peek().column, "this '(' is never closed");
        }
    }

    private void requireOperandPosition(int start, String what) {
        if (expect == Expect.OPEN_PARENTHESIS) {
            throw functionWithoutParentheses(start);
        }
        if (expect == Expect.OPERATOR) {
            throw error(start, "missing operator before " + what + " (write 3*x, not 3x or 3 x)");
        }
    }

    private FormulaException functionWithoutParentheses(int index) {
        return error(index, "function " + pendingFunction.getName() + " needs its argument in parentheses, e.g. "
                + pendingFunction.getName() + "(x)");
    }

    private static FormulaException error(int index, String problem) {
        return new FormulaException(index + 1, problem);
    }
}
