package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * A set of charts drawn from one {@link ChartView} (one run, or several compared): the controller
 * of a charts FXML ({@link ChartBoard} for 1D runs, {@link PlaneChartBoard} for 2D ones: the
 * pictures differ, the data do not). Used by the window and, never shown, by the headless exporter.
 * In focus mode the board shows one or two of its charts alone, filling it: side by side or one
 * above the other, whichever shows the smaller of the two pictures larger (two rows of images on a
 * projector's 1280 x 720 go side by side, on a full HD screen one above the other) in the room the
 * window gives the board ({@link #setRoom}), decided again when that changes.
 */
public abstract class Board {

    /** The grid as laid out by the FXML, kept while focused. */
    private record Layout(List<ColumnConstraints> columns, List<RowConstraints> rows, Map<Node, int[]> cells) {
    }

    /** A layout changes only for pictures this much larger, so that a size near the boundary cannot make it flip back and forth. */
    private static final double SWITCH_GAIN = 1.1;

    private Layout normal;
    /** The charts in focus, in order; empty when not focused. */
    private List<ChartFrame> focused = List.of();
    private boolean stacked;
    /** The visible room for the board (a scrolling board's viewport), NaN until the window says. */
    private double roomWidth = Double.NaN;
    private double roomHeight = Double.NaN;
    /** The view the window shows, once every chart has caught up with it. */
    private ChartView shown;
    /** The chart to look at first in the next frame: charts take turns. */
    private int next;
    /** Runs while a chart lags behind {@link #shown}, one chart per frame. */
    private AnimationTimer catchUp;

    /** The charts in export order. */
    public abstract List<ChartFrame> charts();

    /** Draws {@code view} on every chart at once (export, tests). */
    public final void render(ChartView view) {
        for (ChartFrame c : charts()) {
            c.render(view);
        }
    }

    /** Draws {@code data} alone on every chart at once. */
    public final void render(ChartData data) {
        render(ChartView.single(data));
    }

    /**
     * Shows {@code view} in the window: one chart is redrawn now, the others in the next frames,
     * one per frame in turn (a chart whose view did not change is skipped). Redrawing and painting
     * all charts in one frame took several frames' time on a loaded machine; this way no frame does
     * more than one chart's work, and the charts catch up within as many frames as there are charts.
     * FX thread.
     */
    public final void show(ChartView view) {
        shown = view;
        if (redrawNext()) {
            if (catchUp == null) {
                catchUp = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        if (!redrawNext()) {
                            stop();
                        }
                    }
                };
            }
            catchUp.start();
        }
    }

    /** True when every chart shows the view last {@link #show shown} (or nothing was shown yet). */
    public final boolean caughtUp() {
        return shown == null || charts().stream().allMatch(c -> c.shows(shown));
    }

    /** Redraws the next chart, in turn, that does not show {@link #shown}; false when all do. */
    private boolean redrawNext() {
        List<ChartFrame> charts = charts();
        for (int i = 0; i < charts.size(); i++) {
            int k = (next + i) % charts.size();
            if (!charts.get(k).shows(shown)) {
                charts.get(k).render(shown);
                next = (k + 1) % charts.size();
                return true;
            }
        }
        return false;
    }

    public final void setActions(ChartActions actions) {
        charts().forEach(c -> c.setActions(actions));
    }

    /** The chart named {@code fileName} ("spectrum", "loss", ...), if this board has one. */
    public final Optional<ChartFrame> chart(String fileName) {
        return charts().stream().filter(c -> c.fileName().equals(fileName)).findFirst();
    }

    /** The names of the charts, in export order: what a lesson may focus. */
    public final List<String> names() {
        return charts().stream().map(ChartFrame::fileName).toList();
    }

    /**
     * Shows only the charts named in {@code fileNames} (one or two; names of other boards are
     * ignored), filling the board; with none of this board's names, shows every chart.
     */
    public final void focus(List<String> fileNames) {
        List<ChartFrame> chosen = fileNames.stream().map(this::chart).flatMap(Optional::stream).distinct().toList();
        if (chosen.isEmpty()) {
            unfocus();
            return;
        }
        GridPane grid = grid();
        if (normal == null) {
            normal = new Layout(List.copyOf(grid.getColumnConstraints()), List.copyOf(grid.getRowConstraints()),
                    grid.getChildren().stream().collect(Collectors.toMap(n -> n, Board::cell)));
        }
        focused = chosen;
        arrange(chosen.size() == 2 && stackedShowsMore(1));
    }

    /**
     * The room the board has on screen: the viewport when it scrolls (its own size then follows
     * its charts' least sizes, which depend on the layout). Two charts in focus are laid out again
     * if the other layout now shows them clearly larger.
     */
    public final void setRoom(double width, double height) {
        roomWidth = width;
        roomHeight = height;
        if (focused.size() == 2 && stackedShowsMore(SWITCH_GAIN) != stacked) {
            arrange(!stacked);
        }
    }

    /** Lays the focused charts out side by side, or one above the other. */
    private void arrange(boolean stack) {
        GridPane grid = grid();
        stacked = stack;
        int n = focused.size();
        grid.getColumnConstraints().setAll(shares(stack ? 1 : n, true).stream().map(ColumnConstraints.class::cast).toList());
        grid.getRowConstraints().setAll(shares(stack ? n : 1, false).stream().map(RowConstraints.class::cast).toList());
        for (ChartFrame c : charts()) {
            int i = focused.indexOf(c);
            c.setVisible(i >= 0);
            c.setManaged(i >= 0);
            if (i >= 0) {
                GridPane.setConstraints(c, stack ? 0 : i, stack ? i : 0, 1, 1);
            }
        }
    }

    /**
     * Whether the two focused charts, one above the other, show pictures at least {@code gain}
     * times as large as side by side (or, when stacked now, not {@code gain} times smaller):
     * compared by the smaller picture of the two.
     */
    private boolean stackedShowsMore(double gain) {
        GridPane grid = grid();
        double w = (Double.isNaN(roomWidth) ? grid.getWidth() : roomWidth) - grid.snappedLeftInset() - grid.snappedRightInset();
        double h = (Double.isNaN(roomHeight) ? grid.getHeight() : roomHeight) - grid.snappedTopInset() - grid.snappedBottomInset();
        double stackedSide = focused.stream().mapToDouble(c -> c.pictureSideIn(w, (h - grid.getVgap()) / 2)).min().orElse(0);
        double sideBySide = focused.stream().mapToDouble(c -> c.pictureSideIn((w - grid.getHgap()) / 2, h)).min().orElse(0);
        return stacked ? stackedSide * gain >= sideBySide : stackedSide >= sideBySide * gain;
    }

    /** Back to every chart in the FXML's layout. */
    public final void unfocus() {
        if (normal == null) {
            return;
        }
        GridPane grid = grid();
        grid.getColumnConstraints().setAll(normal.columns());
        grid.getRowConstraints().setAll(normal.rows());
        normal.cells().forEach((node, cell) -> GridPane.setConstraints(node, cell[0], cell[1], cell[2], cell[3]));
        for (ChartFrame c : charts()) {
            c.setVisible(true);
            c.setManaged(true);
        }
        focused = List.of();
        normal = null;
    }

    /** The charts shown now, in board order. */
    public final List<ChartFrame> shown() {
        return charts().stream().filter(Node::isVisible).toList();
    }

    private GridPane grid() {
        return (GridPane) charts().get(0).getParent();
    }

    private static int[] cell(Node n) {
        return new int[] {orZero(GridPane.getColumnIndex(n)), orZero(GridPane.getRowIndex(n)),
            orOne(GridPane.getColumnSpan(n)), orOne(GridPane.getRowSpan(n))};
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private static int orOne(Integer i) {
        return i == null ? 1 : i;
    }

    /** {@code count} equal columns (or rows) that share the whole width (height). */
    private static List<Object> shares(int count, boolean columns) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (columns) {
                ColumnConstraints c = new ColumnConstraints();
                c.setPercentWidth(100.0 / count);
                c.setHgrow(Priority.ALWAYS);
                out.add(c);
            } else {
                RowConstraints r = new RowConstraints();
                r.setPercentHeight(100.0 / count);
                r.setVgrow(Priority.ALWAYS);
                out.add(r);
            }
        }
        return out;
    }
}
