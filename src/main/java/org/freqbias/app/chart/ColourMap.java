package org.freqbias.app.chart;

import javafx.scene.paint.Color;

/** A perceptually ordered colour map (viridis-like, interpolated between anchors) on [0, 1]. */
final class ColourMap {

    private static final Color[] ANCHORS = {
        Color.rgb(68, 1, 84), Color.rgb(59, 82, 139), Color.rgb(33, 145, 140),
        Color.rgb(94, 201, 98), Color.rgb(253, 231, 37)};

    private ColourMap() {
    }

    /** ARGB of the colour at {@code v}, clamped to [0, 1]. */
    static int argb(double v) {
        double s = Math.max(0, Math.min(1, Double.isNaN(v) ? 0 : v)) * (ANCHORS.length - 1);
        int i = Math.min(ANCHORS.length - 2, (int) s);
        Color c = ANCHORS[i].interpolate(ANCHORS[i + 1], s - i);
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
