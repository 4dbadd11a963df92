package org.freqbias.app.chart;

import java.math.BigDecimal;
import java.math.MathContext;

/** How the hover readouts write numbers: three significant digits, plain when short, else as 3.1e-5. */
public final class ReadoutText {

    private ReadoutText() {
    }

    /** "5.97", "0.0031", "120", "3.1e-5", "2.5e6"; "–" for NaN or an infinity. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1; // of the leading digit
        if (exponent >= -3 && exponent < 5) {
            return d.toPlainString();
        }
        BigDecimal mantissa = d.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }
}
