package org.freqbias.app.chart;

import javafx.scene.paint.Color;

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

    /**
     * One colour per compared run (at most {@link #RUNS} at once): blue, orange, green, pink, far
     * apart in hue and in lightness (so they stay apart for the common colour-vision deficiencies)
     * and of middle lightness, readable on the light and the dark backgrounds alike.
     */
    private static final String[] RUN_COLOURS = {"#2b7bd6", "#e69f00", "#12a37a", "#d66fb0"};

    /** How many runs the charts draw at once. */
    public static final int RUNS = RUN_COLOURS.length;

    private Palette() {
    }

    public static String peak(int index) {
        return PEAKS[index % PEAKS.length];
    }

    /** The colour of the run in slot {@code slot} (0 .. {@link #RUNS} - 1) of a comparison. */
    public static String run(int slot) {
        return RUN_COLOURS[slot % RUN_COLOURS.length];
    }

    /**
     * Shade {@code index} of {@code count} of one colour, dark to light: the first is the colour
     * mixed with 40 % black, the last with 40 % white, evenly between (the colour itself in the
     * middle). Tells apart the peaks of one run drawn in the run's colour.
     */
    public static String shade(String colour, int index, int count) {
        Color c = Color.web(colour);
        double s = count <= 1 ? 0 : -0.4 + 0.8 * index / (count - 1);
        Color mixed = s < 0 ? c.interpolate(Color.BLACK, -s) : c.interpolate(Color.WHITE, s);
        return String.format("#%02x%02x%02x", Math.round(mixed.getRed() * 255), Math.round(mixed.getGreen() * 255),
                Math.round(mixed.getBlue() * 255));
    }
}
