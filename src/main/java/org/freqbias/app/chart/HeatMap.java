package org.freqbias.app.chart;

import javafx.geometry.Side;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/**
 * One heat map over (xi, t) as a single {@link WritableImage} stretched without smoothing, with
 * real axes beside it (so exported PNGs keep sharp text at 2x).
 */
final class HeatMap extends GridPane {

    private final Label title = new Label();
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final ImageView view = new ImageView();

    HeatMap(String titleText) {
        getStyleClass().add("heat-map");
        title.setText(titleText);
        title.getStyleClass().add("heat-map-title");
        // A long title ("PDE (2-layer reference)") must not widen its column beyond its twin's.
        title.setMinWidth(0);
        title.setPrefWidth(1);
        title.setMaxWidth(Double.MAX_VALUE);
        xAxis.setSide(Side.BOTTOM);
        yAxis.setSide(Side.LEFT);
        xAxis.setLabel("frequency ξ");
        yAxis.setLabel("time t");
        for (NumberAxis a : new NumberAxis[] {xAxis, yAxis}) {
            a.setAutoRanging(false);
            a.setAnimated(false);
            a.setMinorTickVisible(false);
            // Squeezed below their preferred size, axes draw the label over the tick labels.
            a.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        }
        view.setSmooth(false);
        view.setPreserveRatio(false);
        Pane holder = new Pane(view);
        holder.getStyleClass().add("heat-map-image");
        holder.setMinSize(0, 0);
        holder.setPrefSize(120, 120);
        view.fitWidthProperty().bind(holder.widthProperty());
        view.fitHeightProperty().bind(holder.heightProperty());
        add(title, 1, 0);
        add(yAxis, 0, 1);
        add(holder, 1, 1);
        add(xAxis, 1, 2);
        ColumnConstraints axisColumn = new ColumnConstraints();
        ColumnConstraints imageColumn = new ColumnConstraints();
        imageColumn.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(axisColumn, imageColumn);
        RowConstraints fixed = new RowConstraints();
        RowConstraints image = new RowConstraints();
        image.setVgrow(Priority.ALWAYS);
        getRowConstraints().setAll(fixed, image, new RowConstraints());
    }

    /** Sets the title, with the full text as tooltip (a narrow map cuts it short). */
    void setTitle(String text) {
        if (!text.equals(title.getText())) {
            title.setText(text);
            title.setTooltip(new javafx.scene.control.Tooltip(text));
        }
    }

    /**
     * Draws {@code values[row][col]} (row 0 = t = 0 at the bottom, NaN = no data yet) as colours
     * of log10 between {@code lo} and {@code hi}, over xi in [0, maxXi] and t in [0, maxT].
     */
    void draw(double[][] values, double lo, double hi, double maxXi, double maxT) {
        int rows = values.length;
        int cols = values[0].length;
        int[] pixels = new int[rows * cols];
        for (int r = 0; r < rows; r++) {
            int y = rows - 1 - r;
            for (int c = 0; c < cols; c++) {
                double v = values[r][c];
                pixels[y * cols + c] = Double.isNaN(v) ? 0 : ColourMap.argb((v - lo) / (hi - lo));
            }
        }
        WritableImage image = new WritableImage(cols, rows);
        image.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbInstance(), pixels, 0, cols);
        view.setImage(image);
        setRange(xAxis, maxXi);
        setRange(yAxis, maxT);
    }

    private static void setRange(NumberAxis axis, double max) {
        axis.setLowerBound(0);
        axis.setUpperBound(max);
        axis.setTickUnit(Ticks.niceStep(max, 5));
    }
}
