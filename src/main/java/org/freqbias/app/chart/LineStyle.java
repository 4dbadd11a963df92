package org.freqbias.app.chart;

/**
 * How one series is drawn: colour, line width, dash pattern (empty = solid), or dots instead of
 * a line. Turned into inline CSS for the series path and into a legend sample.
 */
public record LineStyle(String colour, double width, String dash, boolean dots) {

    public static LineStyle solid(String colour) {
        return new LineStyle(colour, 2, "", false);
    }

    public static LineStyle dashed(String colour) {
        return new LineStyle(colour, 2, "7 5", false);
    }

    public static LineStyle dotted(String colour) {
        return new LineStyle(colour, 2, "2 4", false);
    }

    public static LineStyle dotsOf(String colour) {
        return new LineStyle(colour, 0, "", true);
    }

    /**
     * Inline CSS for a LineChart series path, its width and dash lengths times {@code scale} (the
     * theme's line scale: thicker lines for a projector keep their pattern).
     */
    String pathCss(double scale) {
        if (dots) {
            return "-fx-stroke: transparent;";
        }
        return "-fx-stroke: " + colour + "; -fx-stroke-width: " + format(width * scale) + ";"
                + (dash.isEmpty() ? "" : " -fx-stroke-dash-array: " + scaled(dash, scale) + ";");
    }

    /** Each length of a dash pattern such as "7 5" times {@code scale}. */
    private static String scaled(String pattern, double scale) {
        StringBuilder out = new StringBuilder();
        for (String length : pattern.trim().split("\\s+")) {
            out.append(out.length() == 0 ? "" : " ").append(format(Double.parseDouble(length) * scale));
        }
        return out.toString();
    }

    private static String format(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
