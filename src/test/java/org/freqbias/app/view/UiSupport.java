package org.freqbias.app.view;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.freqbias.app.chart.XyChartFrame;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.testfx.util.WaitForAsyncUtils;

/** What the editing UI tests share: the small sessions, FX-thread calls, waits, and mouse gestures at scene points. */
final class UiSupport {

    static final int TIMEOUT_S = 60;

    private UiSupport() {
    }

    /** A test session of src/test/resources/ui ("small.json": 1D, "small-plane.json": 2D). */
    static Session session(String name) throws IOException {
        try (InputStream in = UiSupport.class.getResourceAsStream("/ui/" + name)) {
            return SessionFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }

    static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    static void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Waits until {@code condition} holds and every chart of the 1D board shows the newest data (charts catch up one per frame). */
    static void waitUntilDrawn(MainController controller, Callable<Boolean> condition) throws Exception {
        waitUntil(() -> condition.call() && controller.charts().caughtUp());
    }

    /**
     * A mouse drag on {@code target} from {@code from} to {@code to} (scene coordinates) in
     * {@code steps} moves, as the window delivers it: pressed, dragged..., released. Events go to
     * the node itself so that a panel scrolled out of the headless screen still gets them.
     */
    static void drag(Node target, Point2D from, Point2D to, int steps) throws Exception {
        fxRun(() -> fire(target, MouseEvent.MOUSE_PRESSED, from, MouseButton.PRIMARY));
        for (int i = 1; i <= steps; i++) {
            Point2D at = from.add(to.subtract(from).multiply(i / (double) steps));
            fxRun(() -> fire(target, MouseEvent.MOUSE_DRAGGED, at, MouseButton.PRIMARY));
        }
        fxRun(() -> fire(target, MouseEvent.MOUSE_RELEASED, to, MouseButton.PRIMARY));
    }

    /**
     * A mouse drag on {@code target} through the scene points {@code at.apply(i)}, i = 0 .. steps:
     * each point is computed on the FX thread just before its event is fired, so a plot that lays
     * out again meanwhile (a legend entry appearing) still gets the point it is meant to.
     */
    static void dragThrough(Node target, java.util.function.IntFunction<Point2D> at, int steps) throws Exception {
        fxRun(() -> fire(target, MouseEvent.MOUSE_PRESSED, at.apply(0), MouseButton.PRIMARY));
        for (int i = 1; i <= steps; i++) {
            int step = i;
            fxRun(() -> fire(target, MouseEvent.MOUSE_DRAGGED, at.apply(step), MouseButton.PRIMARY));
        }
        fxRun(() -> fire(target, MouseEvent.MOUSE_RELEASED, at.apply(steps), MouseButton.PRIMARY));
    }

    /** A click (press, release) of {@code button} on {@code target} at the scene point {@code at}. */
    static void click(Node target, Point2D at, MouseButton button) throws Exception {
        fxRun(() -> {
            fire(target, MouseEvent.MOUSE_PRESSED, at, button);
            fire(target, MouseEvent.MOUSE_RELEASED, at, button);
        });
    }

    private static void fire(Node target, EventType<MouseEvent> type, Point2D scene, MouseButton button) {
        Point2D screen = target.getScene() == null ? scene
                : scene.add(target.getScene().getWindow().getX() + target.getScene().getX(),
                        target.getScene().getWindow().getY() + target.getScene().getY());
        boolean primary = button == MouseButton.PRIMARY;
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        Event.fireEvent(target, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(), button, 1,
                false, false, false, false, primary && down, false, !primary && down, false, false, true, null));
    }

    /** The y values of series {@code index} of {@code chart}, as drawn. */
    static List<Double> yValues(XyChartFrame chart, int index) {
        List<Double> out = new ArrayList<>();
        for (XYChart.Data<Number, Number> d : chart.drawnSeries().get(index).getData()) {
            out.add(d.getYValue().doubleValue());
        }
        return out;
    }

    /** The x values of series {@code index} of {@code chart}, as drawn. */
    static List<Double> xValues(XyChartFrame chart, int index) {
        List<Double> out = new ArrayList<>();
        for (XYChart.Data<Number, Number> d : chart.drawnSeries().get(index).getData()) {
            out.add(d.getXValue().doubleValue());
        }
        return out;
    }
}
