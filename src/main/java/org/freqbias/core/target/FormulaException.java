package org.freqbias.core.target;

/** A syntax error at a column of the formula. */
public final class FormulaException extends IllegalArgumentException {

    private final int column;

    FormulaException(int column, String problem) {
        super("column " + column + ": " + problem);
        this.column = column;
    }

    /** 1-based column of the offending character. */
    public int column() {
        return column;
    }
}
