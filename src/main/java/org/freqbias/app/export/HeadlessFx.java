package org.freqbias.app.export;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for rendering without a window. With no display (no DISPLAY or
 * WAYLAND_DISPLAY on Linux) it selects Monocle's headless platform and the software renderer
 * first; those properties must be set before the toolkit starts.
 */
public final class HeadlessFx {

    private static boolean started;

    private HeadlessFx() {
    }

    /** Starts the toolkit once (no-op if it is already running); call from a non-FX thread. */
    public static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        if (!hasDisplay()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        ready.await();
        Platform.setImplicitExit(false);
        started = true;
    }

    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase();
        if (!os.contains("linux")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
