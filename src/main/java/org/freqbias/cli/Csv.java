package org.freqbias.cli;

/** Number formatting for CSV cells: round-trip precision, empty for undefined values. */
final class Csv {

    private Csv() {
    }

    static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
