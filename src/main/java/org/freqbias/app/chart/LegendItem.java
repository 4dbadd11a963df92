package org.freqbias.app.chart;

/**
 * One entry of a chart's legend: its text and the sample of its line (null: a note without a
 * sample); PDE entries carry the style class {@code legend-pde}.
 *
 * @param tooltip shown on hover, or null
 */
public record LegendItem(String text, LineStyle style, boolean pde, String tooltip) {

    /** An entry with the sample of {@code style}. */
    public static LegendItem of(String text, LineStyle style) {
        return new LegendItem(text, style, false, null);
    }

    /** The PDE's entry: named {@link LegendBox#pdeText}{@code (detail, exact)}. */
    public static LegendItem pde(String detail, boolean exact, LineStyle style) {
        return new LegendItem(LegendBox.pdeText(detail, exact), style, true, null);
    }

    /** A note without a sample, with the longer explanation as its tooltip. */
    public static LegendItem note(String text, String tooltip) {
        return new LegendItem(text, null, false, tooltip);
    }
}
