package org.freqbias.app.export;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
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
        FxLogging.dropClassPathWarning();
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

    /**
     * Runs {@code action} on the FX thread and returns its result: at once when called there,
     * else after {@link #start} and waiting for it. An {@link IOException} of the action is
     * rethrown as is.
     */
    public static <T> T call(Callable<T> action) throws IOException, InterruptedException {
        if (Platform.isFxApplicationThread()) {
            try {
                return action.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        start();
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(action.call());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("FX task failed: " + e.getCause(), e.getCause());
        }
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
