package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * A heat map's picture stretched over the pane without smoothing, with marks on top in data
 * coordinates: vertical rules (a peak frequency over all times) or rings (a peak vector in the
 * plane), styled by CSS ({@code .peak-rule}, {@code .peak-ring}), and a horizontal time cursor
 * ({@code .time-cursor}, the spectrogram's time shown), placed again at every layout.
 */
final class MarkedImage extends Pane {

    /** Smallest size of the picture: below it a map is unreadable, and its chart must get the room. */
    private static final double MIN_SIDE = 24;

    private final ImageView view = new ImageView();
    private final List<Line> rules = new ArrayList<>();
    private final List<Circle> rings = new ArrayList<>();
    /** A horizontal line across the picture at one y value, above the other marks. */
    private final Line cursor = new Line();
    private double cursorY = Double.NaN;
    private double[] ruleAt = new double[0];
    private double[][] ringAt = new double[0][];
    private double xLo;
    private double xHi = 1;
    private double yLo;
    private double yHi = 1;

    MarkedImage() {
        view.setSmooth(false);
        view.setPreserveRatio(false);
        view.setManaged(false);
        cursor.getStyleClass().add("time-cursor");
        cursor.setManaged(false);
        cursor.setVisible(false);
        cursor.setMouseTransparent(true);
        getChildren().addAll(view, cursor);
        setMinSize(MIN_SIDE, MIN_SIDE);
        setPrefSize(120, 120);
    }

    /** Shows {@code image} spanning [xLo, xHi] x [yLo, yHi] in data units. */
    void show(Image image, double xLo, double xHi, double yLo, double yHi) {
        view.setImage(image);
        this.xLo = xLo;
        this.xHi = xHi;
        this.yLo = yLo;
        this.yHi = yHi;
        requestLayout();
    }

    /** Draws the time cursor at {@code y} (data units); NaN hides it. */
    void setTimeCursor(double y) {
        if (Double.compare(y, cursorY) != 0) {
            cursorY = y;
            requestLayout();
        }
    }

    double timeCursor() {
        return cursorY;
    }

    void markColumns(double[] xs) {
        if (java.util.Arrays.equals(xs, ruleAt)) {
            return;
        }
        ruleAt = xs.clone();
        replace(rules, xs.length, () -> new Line(), "peak-rule");
    }

    void markPoints(double[][] points) {
        if (java.util.Arrays.deepEquals(points, ringAt)) {
            return;
        }
        ringAt = points.clone();
        replace(rings, points.length, () -> new Circle(), "peak-ring");
    }

    private <T extends Node> void replace(List<T> marks, int count, java.util.function.Supplier<T> make, String style) {
        getChildren().removeAll(marks);
        marks.clear();
        for (int i = 0; i < count; i++) {
            T mark = make.get();
            mark.getStyleClass().add(style);
            mark.setManaged(false);
            mark.setMouseTransparent(true);
            marks.add(mark);
        }
        getChildren().addAll(getChildren().indexOf(cursor), marks); // beneath the cursor
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        view.relocate(0, 0);
        view.setFitWidth(w);
        view.setFitHeight(h);
        for (int i = 0; i < rules.size(); i++) {
            double x = px(ruleAt[i], w);
            Line rule = rules.get(i);
            rule.setVisible(x >= 0 && x <= w);
            rule.setStartX(x);
            rule.setEndX(x);
            rule.setStartY(0);
            rule.setEndY(h);
        }
        double radius = Math.max(5, 0.045 * Math.min(w, h));
        for (int i = 0; i < rings.size(); i++) {
            double x = px(ringAt[i][0], w);
            double y = h - (ringAt[i][1] - yLo) / (yHi - yLo) * h;
            Circle ring = rings.get(i);
            ring.setVisible(x >= 0 && x <= w && y >= 0 && y <= h);
            ring.setCenterX(x);
            ring.setCenterY(y);
            ring.setRadius(radius);
        }
        boolean inside = yHi > yLo && cursorY >= yLo && cursorY <= yHi;
        cursor.setVisible(inside);
        if (inside) {
            double y = Math.round(h * (yHi - cursorY) / (yHi - yLo)) + 0.5; // a crisp one-pixel line
            cursor.setStartX(0);
            cursor.setEndX(w);
            cursor.setStartY(y);
            cursor.setEndY(y);
        }
    }

    private double px(double x, double w) {
        return (x - xLo) / (xHi - xLo) * w;
    }

    /** The marks' positions in data units, for tests: rules (x) then rings (x, y). */
    double[] rules() {
        return ruleAt.clone();
    }

    double[][] rings() {
        return ringAt.clone();
    }
}
