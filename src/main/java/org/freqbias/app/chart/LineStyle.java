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

    /** Inline CSS for a LineChart series path. */
    String pathCss() {
        if (dots) {
            return "-fx-stroke: transparent;";
        }
        return "-fx-stroke: " + colour + "; -fx-stroke-width: " + width + ";"
                + (dash.isEmpty() ? "" : " -fx-stroke-dash-array: " + dash + ";");
    }
}
