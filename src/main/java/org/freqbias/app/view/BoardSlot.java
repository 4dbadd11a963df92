package org.freqbias.app.view;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Rectangle;
import org.freqbias.app.chart.Board;
import org.freqbias.app.chart.ChartActions;
import org.freqbias.app.chart.ChartBoard;
import org.freqbias.app.chart.ChartView;
import org.freqbias.app.chart.PlaneChartBoard;

/**
 * One place for a board in the chart area: the 1D and the 2D board (one shown, after the dimension of
 * what it draws) under a title naming the run (shown side by side only). The window has two: the
 * main one and the second of the side-by-side comparison.
 */
final class BoardSlot {

    private final ChartBoard lineBoard;
    private final PlaneChartBoard planeBoard;
    private final NodePlace lineNode;
    private final NodePlace planeNode;
    private final Label title;

    BoardSlot(ChartBoard lineBoard, Node lineNode, PlaneChartBoard planeBoard, Node planeNode, Label title) {
        this.lineBoard = lineBoard;
        this.planeBoard = planeBoard;
        this.lineNode = new NodePlace(lineNode);
        this.planeNode = new NodePlace(planeNode);
        this.title = title;
        title.managedProperty().bind(title.visibleProperty());
        title.setVisible(false);
    }

    void setActions(ChartActions actions) {
        lineBoard.setActions(actions);
        planeBoard.setActions(actions);
    }

    /** Draws {@code view} on the board of its dimension, which is shown; {@code titled}: name its run above it. */
    void render(ChartView view, boolean titled) {
        showDimension(view.dimension());
        board(view.dimension()).show(view);
        title.setVisible(titled);
        if (titled) {
            title.setText(view.lead().label());
            Rectangle swatch = new Rectangle(10, 10);
            swatch.setStyle("-fx-fill: " + view.lead().style().network() + ";");
            title.setGraphic(swatch);
        }
    }

    /** True when both boards show the view last given them (they catch up one chart per frame). */
    boolean caughtUp() {
        return lineBoard.caughtUp() && planeBoard.caughtUp();
    }

    /** Shows the board of dimension {@code dimension} (1 or 2); the other leaves the scene. */
    void showDimension(int dimension) {
        boolean plane = dimension == 2;
        planeNode.set(plane);
        lineNode.set(!plane);
    }

    private Board board(int dimension) {
        return dimension == 2 ? planeBoard : lineBoard;
    }

    ChartBoard lineBoard() {
        return lineBoard;
    }

    PlaneChartBoard planeBoard() {
        return planeBoard;
    }
}
