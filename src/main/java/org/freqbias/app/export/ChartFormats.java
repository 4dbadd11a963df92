package org.freqbias.app.export;

/**
 * Which files each exported chart becomes: a PNG at {@code pngScale} times the chart's export size,
 * an SVG (vector, scale-free), or both.
 *
 * @param png write {@code <session>-<chart>.png}
 * @param pngScale pixel scale of the PNG (ignored without {@code png})
 * @param svg write {@code <session>-<chart>.svg}
 */
public record ChartFormats(boolean png, double pngScale, boolean svg) {

    /** No chart files: a run that writes only its tables. */
    public static final ChartFormats NONE = new ChartFormats(false, 1, false);

    /** PNG only, at {@code scale}. */
    public static ChartFormats png(double scale) {
        return new ChartFormats(true, scale, false);
    }

    /** PNG at {@code scale} and SVG: what "export all" and a bundle write. */
    public static ChartFormats pngAndSvg(double scale) {
        return new ChartFormats(true, scale, true);
    }

    /** Whether any file is written. */
    public boolean any() {
        return png || svg;
    }
}
