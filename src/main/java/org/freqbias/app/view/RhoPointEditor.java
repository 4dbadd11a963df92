package org.freqbias.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import org.freqbias.app.chart.Palette;

/**
 * Edits a drawn density on the {@link RhoPreview}: drag a point, click the plot to add one,
 * right-click a point (or select it and press Delete) to remove it. Editing is symmetric: the plot
 * shows the points on xi >= 0 mirrored, and either copy moves both. From the keyboard (Tab to the
 * plot): Page Up / Page Down select the previous / next point, the arrows move it (Shift: finer),
 * Insert adds a point after it, Delete removes it. Each change is handed to {@code onEdit} at once.
 */
final class RhoPointEditor {

    /** A press within this many pixels of a point takes it. */
    static final double HIT_PIXELS = 9;

    private final RhoPreview preview;
    private final XYChart.Series<Number, Number> handles;
    private EditablePoints points;
    private int selected;
    private int dragging = -1;
    private Consumer<EditablePoints> onEdit = p -> { };

    RhoPointEditor(RhoPreview preview) {
        this.preview = preview;
        this.handles = preview.addHandles();
        Node plot = preview.chart();
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> released());
        preview.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    void setOnEdit(Consumer<EditablePoints> action) {
        onEdit = action;
    }

    /** Shows {@code p} as handles and makes the plot editable; null makes it a plain plot again. */
    void show(EditablePoints p) {
        points = p;
        preview.setFocusTraversable(p != null);
        preview.chart().setCursor(p == null ? Cursor.DEFAULT : Cursor.CROSSHAIR);
        if (p == null) {
            dragging = -1;
            preview.holdRange(false);
            handles.getData().clear();
            return;
        }
        selected = Math.max(0, Math.min(selected, p.size() - 1));
        List<XYChart.Data<Number, Number>> data = new ArrayList<>();
        for (int k = 0; k < p.size(); k++) {
            for (double sign : p.xi()[k] == 0 ? new double[] {1} : new double[] {-1, 1}) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(sign * p.xi()[k], p.density()[k]);
                Circle dot = new Circle(k == selected ? 5.5 : 4);
                dot.setStyle(k == selected ? "-fx-fill: " + Palette.NETWORK + "; -fx-stroke: white; -fx-stroke-width: 1.5;"
                        : "-fx-fill: white; -fx-stroke: " + Palette.NETWORK + "; -fx-stroke-width: 2;");
                dot.setMouseTransparent(true);
                d.setNode(dot);
                data.add(d);
            }
        }
        handles.getData().setAll(data);
    }

    /** The points shown (null when not editable), for tests. */
    EditablePoints points() {
        return points;
    }

    /** Where point k's copy at +xi is drawn, in scene coordinates (tests drag it). */
    Point2D scenePosition(int k) {
        return toScene(points.xi()[k], points.density()[k]);
    }

    private void pressed(MouseEvent e) {
        if (points == null || !insidePlot(e)) {
            return;
        }
        preview.requestFocus();
        int hit = hit(e.getSceneX(), e.getSceneY());
        if (e.getButton() == MouseButton.SECONDARY) {
            if (hit >= 0) {
                selected = Math.max(0, hit - 1);
                edit(points.removed(hit));
            }
        } else if (e.getButton() == MouseButton.PRIMARY) {
            if (hit < 0) {
                double[] at = toData(e);
                EditablePoints added = points.added(at[0], at[1]);
                hit = added.nearest(at[0]);
                selected = hit;
                edit(added);
            }
            selected = hit;
            dragging = hit;
            preview.holdRange(true);
            show(points);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (points == null || dragging < 0) {
            return;
        }
        double[] at = toData(e);
        edit(points.moved(dragging, at[0], at[1]));
        e.consume();
    }

    private void released() {
        dragging = -1;
        preview.holdRange(false);
    }

    private void key(KeyEvent e) {
        if (points == null) {
            return;
        }
        double dx = (e.isShiftDown() ? 0.002 : 0.01) * points.xi()[points.size() - 1];
        double dy = (e.isShiftDown() ? 0.01 : 0.05) * points.largest();
        double x = points.xi()[selected];
        double y = points.density()[selected];
        KeyCode code = e.getCode();
        switch (code) {
            case PAGE_UP -> select(selected - 1);
            case PAGE_DOWN -> select(selected + 1);
            case UP -> edit(points.moved(selected, x, y + dy));
            case DOWN -> edit(points.moved(selected, x, y - dy));
            case LEFT -> edit(points.moved(selected, x - dx, y));
            case RIGHT -> edit(points.moved(selected, x + dx, y));
            case DELETE, BACK_SPACE -> {
                int removed = selected;
                selected = Math.max(0, removed - 1);
                edit(points.removed(removed));
            }
            case INSERT -> {
                int next = Math.min(selected + 1, points.size() - 1);
                int from = next == selected ? selected - 1 : selected;
                double mx = 0.5 * (points.xi()[from] + points.xi()[next]);
                double my = 0.5 * (points.density()[from] + points.density()[next]);
                selected = from + 1;
                edit(points.added(mx, my));
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void select(int k) {
        selected = Math.max(0, Math.min(points.size() - 1, k));
        show(points);
    }

    private void edit(EditablePoints next) {
        if (!next.equals(points)) {
            show(next);
            onEdit.accept(next);
        }
    }

    /** The point with a copy within {@link #HIT_PIXELS} of the scene position, the nearest; -1 for none. */
    private int hit(double sceneX, double sceneY) {
        int best = -1;
        double bestDistance = HIT_PIXELS;
        for (int k = 0; k < points.size(); k++) {
            for (double sign : new double[] {-1, 1}) {
                Point2D p = toScene(sign * points.xi()[k], points.density()[k]);
                double distance = p.distance(sceneX, sceneY);
                if (distance <= bestDistance) {
                    best = k;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private Point2D toScene(double x, double y) {
        double sx = preview.xAxis().localToScene(preview.xAxis().getDisplayPosition(x), 0).getX();
        double sy = preview.yAxis().localToScene(0, preview.yAxis().getDisplayPosition(y)).getY();
        return new Point2D(sx, sy);
    }

    private double[] toData(MouseEvent e) {
        Point2D onX = preview.xAxis().sceneToLocal(e.getSceneX(), e.getSceneY());
        Point2D onY = preview.yAxis().sceneToLocal(e.getSceneX(), e.getSceneY());
        return new double[] {preview.xAxis().getValueForDisplay(onX.getX()).doubleValue(),
            preview.yAxis().getValueForDisplay(onY.getY()).doubleValue()};
    }

    private boolean insidePlot(MouseEvent e) {
        Node plot = preview.chart().lookup(".chart-plot-background");
        Bounds area = plot == null ? null : plot.localToScene(plot.getBoundsInLocal());
        return area != null && area.contains(e.getSceneX(), e.getSceneY());
    }
}
