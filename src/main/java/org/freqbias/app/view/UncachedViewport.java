package org.freqbias.app.view;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Turns off the bitmap cache that JavaFX's ScrollPane skin puts on its viewport.
 *
 * <p>The skin caches the viewport so that scrolling moves a bitmap; but while training, something
 * inside (a chart, a readout) changes on nearly every pulse, and each change rebuilds that cache by
 * painting the whole content, every chart, instead of the small dirty region that changed. Under
 * the software pipeline this was most of a pulse (bench/frames.sh: 410 nodes painted for one
 * 246 x 85 dirty region, 25 to 35 ms).
 */
final class UncachedViewport {
    private UncachedViewport() {}

    /** Keeps {@code pane}'s viewport uncached, now and whenever its skin is (re)created. */
    static void of(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> uncache(pane));
        uncache(pane);
    }

    private static void uncache(ScrollPane pane) {
        Node viewport = pane.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }
}
