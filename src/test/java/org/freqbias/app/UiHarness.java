package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.freqbias.app.chart.XyChartFrame;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.app.model.ScrubPosition;
import org.freqbias.app.view.MainController;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window's UI tests share: the app's window shown headless on a session, its model closed
 * after each test; FX-thread calls and waits; the charts, images and series the window draws; mouse
 * gestures at scene points. A test extends it and shows the window from its own {@code @Start}
 * method (TestFX reads only the test class's own methods): {@code show(stage, small())}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class UiHarness {

    /** How long an FX-thread call may take, and a wait by default. */
    protected static final int TIMEOUT_S = 60;

    protected ExperimentModel model;
    protected MainController controller;
    protected Stage stage;

    /** Shows the window on {@code stage} over a new model of {@code session}, with no Export bundle. */
    protected final void show(Stage stage, Session session) throws IOException {
        show(stage, new ExperimentModel(session), BundleWriter.NONE);
    }

    /** Shows the window on {@code stage} over {@code model}, its Export bundle written by {@code bundles}. */
    protected final void show(Stage stage, ExperimentModel model, BundleWriter bundles) throws IOException {
        this.stage = stage;
        this.model = model;
        this.controller = (MainController) App.show(stage, model, bundles);
    }

    @AfterEach
    protected final void closeModel() throws Exception {
        if (model != null) {
            run(model::close);
        }
    }

    /** How long {@link #waitUntil} and {@link #waitFor} wait, in seconds. */
    protected int waitSeconds() {
        return TIMEOUT_S;
    }

    /** A session of src/test/resources/ui. */
    protected static Session uiSession(String name) throws IOException {
        try (InputStream in = UiHarness.class.getResourceAsStream("/ui/" + name)) {
            return SessionFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        }
    }

    /** The small 1D session: width 256, 256 samples, 200 steps, a snapshot every 10, peaks at 2 and 6. */
    protected static Session small() throws IOException {
        return uiSession("small.json");
    }

    /** The small 2D session: 32 x 32 grid, width 512, 60 steps, a snapshot every 10. */
    protected static Session smallPlane() throws IOException {
        return uiSession("small-plane.json");
    }

    /** Runs {@code action} on the FX thread and returns its result. */
    protected static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** Runs {@code action} on the FX thread. */
    protected static void run(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Waits until {@code condition} (evaluated on the FX thread) holds and every board shows the
     * view last given it (boards catch up one chart per frame): what the window then draws is the
     * model's state.
     */
    protected final void waitUntil(Callable<Boolean> condition) throws Exception {
        waitFor(() -> condition.call() && controller.chartsCaughtUp());
    }

    /**
     * Waits until {@code condition}, evaluated on the FX thread, holds, whatever the charts show:
     * for a state that passes (a run playing) the boards catching up might never meet it.
     */
    protected final void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(waitSeconds(), TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Where the time scrubber stands (null before the first snapshot). */
    protected final ScrubPosition position() {
        return model.runs().scrubPositionProperty().get();
    }

    /** The chart of class {@code type} on the main 1D board. */
    protected final <C> C chart(Class<C> type) {
        return controller.charts().charts().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The chart of class {@code type} on the main 2D board. */
    protected final <C> C planeChart(Class<C> type) {
        return controller.planeCharts().charts().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The images a chart shows (those of its visible heat maps), row by row. */
    protected static List<Image> images(FxRobot robot, Node chart) {
        return robot.from(chart).lookup(".heat-map-image").queryAll().stream()
                .filter(n -> n.getParent().isVisible())
                .map(n -> ((ImageView) ((Pane) n).getChildren().get(0)).getImage())
                .peek(image -> assertNotNull(image, "a visible heat map shows an image"))
                .toList();
    }

    /** The (x, y) points of series {@code series} of {@code chart}, as drawn. */
    protected static double[][] points(XyChartFrame chart, int series) {
        List<XYChart.Data<Number, Number>> data = chart.drawnSeries().get(series).getData();
        double[][] out = new double[2][data.size()];
        for (int i = 0; i < data.size(); i++) {
            out[0][i] = data.get(i).getXValue().doubleValue();
            out[1][i] = data.get(i).getYValue().doubleValue();
        }
        return out;
    }

    /** The x values of series {@code series} of {@code chart}, as drawn. */
    protected static List<Double> xValues(XyChartFrame chart, int series) {
        return boxed(points(chart, series)[0]);
    }

    /** The y values of series {@code series} of {@code chart}, as drawn. */
    protected static List<Double> yValues(XyChartFrame chart, int series) {
        return boxed(points(chart, series)[1]);
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    /**
     * The index of {@code x} in the ascending {@code axis}, compared exactly: curves are thinned to the
     * plot's pixel columns by keeping some of their points as they are, so each point drawn sits on a
     * grid point. Fails when {@code x} is on none.
     */
    protected static int indexOn(double[] axis, double x) {
        int k = java.util.Arrays.binarySearch(axis, x);
        if (k < 0) {
            throw new AssertionError("drawn x = " + x + " is on no grid point");
        }
        return k;
    }

    /**
     * A mouse drag on {@code target} from {@code from} to {@code to} (scene coordinates) in
     * {@code steps} moves, as the window delivers it: pressed, dragged..., released. Events go to
     * the node itself so that a panel scrolled out of the headless screen still gets them.
     */
    protected static void drag(Node target, Point2D from, Point2D to, int steps) throws Exception {
        dragThrough(target, i -> from.add(to.subtract(from).multiply(i / (double) steps)), steps);
    }

    /**
     * A mouse drag on {@code target} through the scene points {@code at.apply(i)}, i = 0 .. steps:
     * each point is computed on the FX thread just before its event is fired, so a plot that lays
     * out again meanwhile (a legend entry appearing) still gets the point it is meant to.
     */
    protected static void dragThrough(Node target, IntFunction<Point2D> at, int steps) throws Exception {
        run(() -> fire(target, MouseEvent.MOUSE_PRESSED, at.apply(0), MouseButton.PRIMARY));
        for (int i = 1; i <= steps; i++) {
            int step = i;
            run(() -> fire(target, MouseEvent.MOUSE_DRAGGED, at.apply(step), MouseButton.PRIMARY));
        }
        run(() -> fire(target, MouseEvent.MOUSE_RELEASED, at.apply(steps), MouseButton.PRIMARY));
    }

    /** A click (press, release) of {@code button} on {@code target} at the scene point {@code at}. */
    protected static void click(Node target, Point2D at, MouseButton button) throws Exception {
        run(() -> {
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
}
