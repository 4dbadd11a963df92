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

    private final Color[] anchors;

    private ColourMap(Color... anchors) {
        this.anchors = anchors;
    }

    /** ARGB of the colour at {@code v}, clamped to [0, 1] (NaN: the low end). */
    int argb(double v) {
        double s = Math.max(0, Math.min(1, Double.isNaN(v) ? 0 : v)) * (anchors.length - 1);
        int i = Math.min(anchors.length - 2, (int) s);
        Color c = anchors[i].interpolate(anchors[i + 1], s - i);
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
