package org.freqbias.app.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.freqbias.app.UiHarness;
import org.freqbias.app.chart.LearningTimeChart;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.PiecewiseLinearDensity;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The rho point editor of the distribution panel, headless, on the small 1D session (Gaussian
 * sigma 4, 256 samples): Edit as points, drag, click to add, right-click and Delete to remove,
 * the keyboard, and the PDE re-solved on each change without training.
 */
class RhoEditorUiTest extends UiHarness {

    /** Series of the learning-time chart: pure damping, PDE, network. */
    private static final int DAMPING = 0;
    private static final int PDE = 1;

    @Start
    void start(Stage stage) throws IOException {
        show(stage, small());
    }

    @Test
    void editAsPointsKeepsTheFamilysDensity(FxRobot robot) throws Exception {
        Button edit = robot.lookup("#editAsPoints").queryAs(Button.class);
        assertTrue(fx(edit::isVisible), "offered for a family");
        run(edit::fire);
        PiecewiseLinearDensity drawn = assertInstanceOf(PiecewiseLinearDensity.class, fx(() -> model.getSession().distribution()));
        Gaussian gaussian = new Gaussian(4);
        double peak = gaussian.density(0);
        for (double xi = -20; xi <= 20; xi += 0.01) {
            // The stated accuracy: within 0.5 % of the largest density (tails below 1e-4 of it cut).
            assertEquals(gaussian.density(xi), drawn.density(xi), 0.005 * peak + 1e-4 * peak, "xi = " + xi);
        }
        assertFalse(fx(edit::isVisible), "a drawn density is edited on the plot");
        assertTrue(fx(() -> robot.lookup("#editHint").query().isVisible()));
        assertTrue(fx(() -> preview(robot).isFocusTraversable()), "Tab reaches the plot");
    }

    @Test
    void draggingAPointMovesThePredictedLearningTimesWithoutTraining(FxRobot robot) throws Exception {
        run(() -> robot.lookup("#editAsPoints").queryAs(Button.class).fire());
        LearningTimeChart chart = controller.charts().learningTimeChart();
        waitUntil(() -> model.chartDataProperty().get() != null && model.chartDataProperty().get().hasPde()
                && model.chartDataProperty().get().session().distribution() instanceof PiecewiseLinearDensity
                && !yValues(chart, PDE).isEmpty());
        List<Double> pdeBefore = fx(() -> yValues(chart, PDE));
        long solves = fx(() -> model.pdeSolvesProperty().get());
        PiecewiseLinearDensity before = (PiecewiseLinearDensity) fx(() -> model.getSession().distribution());
        RhoPreview preview = preview(robot);
        // The point nearest xi = 6 (a target peak), dragged to twice its density: frequencies near 6 learn faster.
        int k = nearest(before.givenXi(), 6);
        double xi = before.givenXi()[k];
        double raised = 2 * before.givenDensity()[k];
        settled(preview, xi, before.givenDensity()[k]);
        Point2D from = fx(() -> scene(preview, xi, before.givenDensity()[k]));
        Point2D to = fx(() -> scene(preview, xi, raised));
        drag(preview.chart(), from, to, 8);

        waitUntil(() -> model.pdeSolvesProperty().get() > solves && model.chartDataProperty().get().hasPde()
                && model.chartDataProperty().get().session().distribution().equals(model.getSession().distribution())
                && !yValues(chart, PDE).equals(pdeBefore));
        PiecewiseLinearDensity after = (PiecewiseLinearDensity) fx(() -> model.getSession().distribution());
        assertEquals(before.givenXi().length, after.givenXi().length, "a drag moves a point, adds none");
        // The dragged point is where the mouse let go (data coordinates of the plot, within a pixel; measured
        // 1.7e-7 of its density); rho is normalized on use, so the given points are kept as dragged and the
        // others keep their ratios.
        double pixel = fx(() -> (preview.yAxis().getUpperBound() - preview.yAxis().getLowerBound()) / preview.yAxis().getHeight());
        assertEquals(raised, after.givenDensity()[k], pixel, "dragged point");
        double xPixel = fx(() -> (preview.xAxis().getUpperBound() - preview.xAxis().getLowerBound()) / preview.xAxis().getWidth());
        assertEquals(xi, after.givenXi()[k], xPixel, "moved straight up (measured 9e-7 off: pixel rounding)");
        double others = after.givenDensity()[0] / before.givenDensity()[0];
        for (int j = 0; j < after.givenXi().length; j++) {
            if (j != k) {
                assertEquals(before.givenDensity()[j] * others, after.givenDensity()[j], 1e-12, "point " + j + " kept its ratio");
            }
        }
        assertTrue(after.symmetric(), "symmetric editing");
        assertEquals(after.density(xi), after.density(-xi), 1e-15);

        // The chart shows the new rho: its damping curve is 1/(2 pi rho_new(xi)) (closed form), and the PDE's
        // learning times moved; no training happened.
        List<Double> x = fx(() -> xValues(chart, DAMPING));
        List<Double> y = fx(() -> yValues(chart, DAMPING));
        double floor = fx(() -> model.chartDataProperty().get().totalTime()) / 1e4;
        for (int i = 0; i < x.size(); i++) {
            double expected = Math.log10(Math.max(floor, 1 / (2 * Math.PI * after.density(x.get(i)))));
            assertEquals(expected, y.get(i), 1e-9, "damping time at xi = " + x.get(i));
        }
        assertFalse(fx(() -> model.runningProperty().get()), "editing rho must not start training");
        assertEquals(0, fx(() -> model.stepProperty().get()));
    }

    @Test
    void clickAddsRightClickAndDeleteRemove(FxRobot robot) throws Exception {
        run(() -> robot.lookup("#editAsPoints").queryAs(Button.class).fire());
        RhoPreview preview = preview(robot);
        PiecewiseLinearDensity start = (PiecewiseLinearDensity) fx(() -> model.getSession().distribution());
        int n = start.givenXi().length;
        // A click in the widest gap between two points (clear of both handles however narrow the
        // panel), on the left half: the point goes in at |xi|, mirrored.
        int gap = widestGap(start.givenXi());
        double xa = 0.5 * (start.givenXi()[gap] + start.givenXi()[gap + 1]);
        // Far above or below both neighbours, so that no handle is within reach of the click.
        double top = java.util.Arrays.stream(start.givenDensity()).max().orElseThrow();
        double da = start.givenDensity()[gap] < 0.5 * top ? 0.9 * top : 0.1 * top;
        settled(preview, start.givenXi()[gap], start.givenDensity()[gap]);
        click(preview.chart(), fx(() -> scene(preview, -xa, da)), MouseButton.PRIMARY);
        PiecewiseLinearDensity added = (PiecewiseLinearDensity) fx(() -> model.getSession().distribution());
        assertEquals(n + 1, added.givenXi().length);
        assertEquals(xa, added.givenXi()[gap + 1], 0.05, "added at |xi| between its neighbours");
        assertEquals(added.density(xa), added.density(-xa), 1e-15, "mirrored");

        // Right-click on it removes it again: back to the starting points (up to normalization).
        click(preview.chart(), handleCentre(preview, added.givenXi()[gap + 1]), MouseButton.SECONDARY);
        PiecewiseLinearDensity removed = (PiecewiseLinearDensity) fx(() -> model.getSession().distribution());
        assertArrayEquals(start.givenXi(), removed.givenXi(), 1e-12);
        for (double x : start.givenXi()) {
            assertEquals(start.density(x), removed.density(x), 1e-12, "the same normalized density at " + x);
        }

        // Keyboard: the plot takes focus; Page Down selects the next point, Up raises it, Delete removes it.
        run(preview::requestFocus);
        waitFor(preview::isFocused);
        robot.type(KeyCode.PAGE_UP, 50).type(KeyCode.PAGE_DOWN).type(KeyCode.UP);
        PiecewiseLinearDensity raised = (PiecewiseLinearDensity) fx(() -> model.getSession().distribution());
        double scale = start.givenDensity()[0] / raised.givenDensity()[0];
        assertEquals(start.givenDensity()[1] + 0.05 * max(start.givenDensity()), scale * raised.givenDensity()[1], 1e-9,
                "Up raises the selected point by 5 % of the largest density");
        robot.type(KeyCode.DELETE);
        PiecewiseLinearDensity fewer = (PiecewiseLinearDensity) fx(() -> model.getSession().distribution());
        assertEquals(n - 1, fewer.givenXi().length);
        assertNotEquals(start.givenXi()[1], fewer.givenXi()[1], "point 1 is gone");
        assertFalse(fx(() -> model.runningProperty().get()));
    }

    private static RhoPreview preview(FxRobot robot) {
        return robot.lookup("#preview").queryAs(RhoPreview.class);
    }

    /** Waits until a handle is drawn at (xi, density): the plot has laid out the axes the positions are computed from. */
    private void settled(RhoPreview preview, double xi, double density) throws Exception {
        waitFor(() -> {
            Point2D at = scene(preview, xi, density);
            var handles = preview.chart().getData().get(preview.chart().getData().size() - 1).getData();
            return handles.stream().map(XYChart.Data::getNode).filter(java.util.Objects::nonNull).anyMatch(n -> {
                javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
                return at.distance(b.getCenterX(), b.getCenterY()) < 1;
            });
        });
    }

    private static Point2D scene(RhoPreview preview, double xi, double density) {
        double sx = preview.xAxis().localToScene(preview.xAxis().getDisplayPosition(xi), 0).getX();
        double sy = preview.yAxis().localToScene(0, preview.yAxis().getDisplayPosition(density)).getY();
        return new Point2D(sx, sy);
    }

    /** Where the handle of the point at {@code xi} is drawn (scene coordinates), once it is laid out there. */
    private Point2D handleCentre(RhoPreview preview, double xi) throws Exception {
        Point2D[] centre = new Point2D[1];
        waitFor(() -> {
            var handles = preview.chart().getData().get(preview.chart().getData().size() - 1).getData();
            for (XYChart.Data<Number, Number> d : handles) {
                if (d.getNode() != null && Math.abs(d.getXValue().doubleValue() - xi) < 1e-9) {
                    javafx.geometry.Bounds b = d.getNode().localToScene(d.getNode().getBoundsInLocal());
                    Point2D at = new Point2D(b.getCenterX(), b.getCenterY());
                    Point2D expectedX = scene(preview, xi, d.getYValue().doubleValue());
                    if (at.distance(expectedX) < 1) {
                        centre[0] = at;
                        return true;
                    }
                }
            }
            return false;
        });
        return centre[0];
    }

    /** The k whose gap xi[k+1] - xi[k] is the widest. */
    private static int widestGap(double[] xi) {
        int widest = 0;
        for (int k = 1; k + 1 < xi.length; k++) {
            if (xi[k + 1] - xi[k] > xi[widest + 1] - xi[widest]) {
                widest = k;
            }
        }
        return widest;
    }

    private static int nearest(double[] xi, double at) {
        int best = 0;
        for (int k = 1; k < xi.length; k++) {
            best = Math.abs(xi[k] - at) < Math.abs(xi[best] - at) ? k : best;
        }
        return best;
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElseThrow();
    }
}
