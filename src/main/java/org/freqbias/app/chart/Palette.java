package org.freqbias.app.chart;

/** Series colours shared by all charts, readable on the light and the dark theme. */
public final class Palette {

    public static final String NETWORK = "#2b7bd6";
    public static final String PDE = "#f07c19";
    public static final String TARGET = "#8a8a8a";
    public static final String DAMPING = "#3aa655";
    public static final String KERNEL_LIMIT = "#9467bd";
    public static final String LINEARIZED = "#d43d51";
    /** The learning times one wants (the inverse design's target curve). */
    public static final String WANTED = "#17a2b8";

    /** One colour per target peak, the same in every chart. */
    private static final String[] PEAKS = {"#2b7bd6", "#f07c19", "#3aa655", "#d43d51", "#9467bd", "#8c564b", "#e377c2"};

    private Palette() {
    }

    public static String peak(int index) {
        return PEAKS[index % PEAKS.length];
    }
}
