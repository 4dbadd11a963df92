package org.freqbias.app.chart;

/** What a chart's context menu asks the window to do. */
public interface ChartActions {

    /** Export {@code chart} as a PNG at {@code scale} times its export size, as Export all does (whatever its size on screen). */
    void exportChart(ChartFrame chart, double scale);

    /** Export {@code chart} as an SVG. */
    void exportChartSvg(ChartFrame chart);

    /** Put the data behind {@code chart} ({@link ChartFrame#dataCsv}) on the clipboard as CSV. */
    void copyChartData(ChartFrame chart);

    /** Export every chart into one folder, as PNG and SVG. */
    void exportAll();
}
