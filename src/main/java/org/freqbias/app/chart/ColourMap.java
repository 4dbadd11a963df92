package org.freqbias.app.chart;

import javafx.scene.paint.Color;

/** A colour map on [0, 1], interpolated linearly between evenly spaced anchors. */
final class ColourMap {

    /** Perceptually ordered (viridis-like): magnitudes on a log scale. */
    static final ColourMap VIRIDIS = new ColourMap(
            Color.rgb(68, 1, 84), Color.rgb(59, 82, 139), Color.rgb(33, 145, 140),
            Color.rgb(94, 201, 98), Color.rgb(253, 231, 37));

    /** Blue, white at 1/2, red: signed values on a scale symmetric about 0. */
    static final ColourMap DIVERGING = new ColourMap(
            Color.rgb(33, 102, 172), Color.rgb(146, 197, 222), Color.rgb(247, 247, 247),
            Color.rgb(244, 165, 130), Color.rgb(178, 24, 43));

    /** Anchor channels red, green, blue in [0, 1], as the floats {@link Color} holds them. */
    private final float[][] anchors;

    private ColourMap(Color... colours) {
        anchors = new float[colours.length][];
        for (int i = 0; i < colours.length; i++) {
            anchors[i] = new float[] {(float) colours[i].getRed(), (float) colours[i].getGreen(), (float) colours[i].getBlue()};
        }
    }

    /**
     * ARGB of the colour at {@code v}, clamped to [0, 1] (NaN: the low end): channel c = a + (b - a) s
     * between the anchors a, b around v, in float as {@link Color#interpolate} computes it (so the
     * same pixels), then round(255 c). Allocates nothing: heat maps call it for every pixel.
     */
    int argb(double v) {
        double s = Math.max(0, Math.min(1, Double.isNaN(v) ? 0 : v)) * (anchors.length - 1);
        int i = Math.min(anchors.length - 2, (int) s);
        double t = s - i;
        int argb = 0xff000000;
        for (int c = 0; c < 3; c++) {
            float a = anchors[i][c];
            float b = anchors[i + 1][c];
            float channel = t <= 0 ? a : t >= 1 ? b : a + (b - a) * (float) t;
            argb |= (int) Math.round(channel * 255.0) << (16 - 8 * c);
        }
        return argb;
    }
}
