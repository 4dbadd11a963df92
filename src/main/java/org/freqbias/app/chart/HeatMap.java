package org.freqbias.app.chart;

import javafx.geometry.Side;
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
 * One heat map as a single {@link WritableImage} stretched without smoothing, with real axes
 * beside it (so exported PNGs keep sharp text at 2x): (xi, t) in the 1D spectrogram, x or xi
 * planes in 2D.
 */
final class HeatMap extends GridPane {

    private final Label title = new Label();
    private final MultiplesAxis xAxis = new MultiplesAxis();
    private final MultiplesAxis yAxis = new MultiplesAxis();
    private final ImageView view = new ImageView();
    // What is drawn: the image, its pixels (row 0 at the top), the value rows and scale they came from.
    private WritableImage image;
    private int[] pixels;
    private double[][] shownRows;
    private ColourMap shownMap;
    private double shownLo;
    private double shownHi;

    HeatMap(String titleText, String xLabel, String yLabel) {
        getStyleClass().add("heat-map");
        title.setText(titleText);
        title.getStyleClass().add("heat-map-title");
        // A long title ("PDE (2-layer reference)") must not widen its column beyond its twin's.
        title.setMinWidth(0);
        title.setPrefWidth(1);
        title.setMaxWidth(Double.MAX_VALUE);
        xAxis.setSide(Side.BOTTOM);
        yAxis.setSide(Side.LEFT);
        xAxis.setLabel(xLabel);
        yAxis.setLabel(yLabel);
        for (MultiplesAxis a : new MultiplesAxis[] {xAxis, yAxis}) {
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

    /** Width taken by what is not the image (the y axis). */
    double horizontalOverhead() {
        return yAxis.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    /** Height of the x axis under the image. */
    double xAxisHeight() {
        return xAxis.prefHeight(-1) + snappedBottomInset();
    }

    /** Height taken by what is not the image (title and x axis). */
    double verticalOverhead() {
        return title.prefHeight(-1) + xAxis.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
    }

    /** Sets the title, with the full text as tooltip (a narrow map cuts it short). */
    void setTitle(String text) {
        if (!text.equals(title.getText())) {
            title.setText(text);
            title.setTooltip(new javafx.scene.control.Tooltip(text));
        }
    }

    /**
     * Draws {@code values[row][col]} (row 0 at the bottom, NaN = no data: transparent) in the
     * colours of {@code map} from {@code lo} to {@code hi}, with axes over [xLo, xHi] and [yLo, yHi].
     * The image is updated in place: one {@link WritableImage} and pixel buffer while the size stays,
     * rows colour-mapped again only when they are other arrays than last time (or the scale changed),
     * and written only when a pixel changed; the axes are touched only when their range changed. A
     * row array, once drawn, must not change: new values come in a new array.
     */
    void draw(double[][] values, ColourMap map, double lo, double hi, double xLo, double xHi, double yLo, double yHi) {
        int rows = values.length;
        int cols = values[0].length;
        if (image == null || image.getWidth() != cols || image.getHeight() != rows) {
            image = new WritableImage(cols, rows);
            pixels = new int[rows * cols];
            shownRows = new double[rows][];
            view.setImage(image);
        }
        boolean sameScale = map == shownMap && lo == shownLo && hi == shownHi;
        boolean changed = false;
        for (int r = 0; r < rows; r++) {
            if (sameScale && values[r] == shownRows[r]) {
                continue; // the same row array: the same pixels
            }
            shownRows[r] = values[r];
            int offset = (rows - 1 - r) * cols;
            for (int c = 0; c < cols; c++) {
                double v = values[r][c];
                int argb = Double.isNaN(v) ? 0 : map.argb((v - lo) / (hi - lo));
                changed |= pixels[offset + c] != argb;
                pixels[offset + c] = argb;
            }
        }
        shownMap = map;
        shownLo = lo;
        shownHi = hi;
        if (changed) {
            image.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbInstance(), pixels, 0, cols);
        }
        if (xAxis.getLowerBound() != xLo || xAxis.getUpperBound() != xHi) {
            xAxis.setRange(xLo, xHi, 5);
        }
        if (yAxis.getLowerBound() != yLo || yAxis.getUpperBound() != yHi) {
            yAxis.setRange(yLo, yHi, 5);
        }
    }
}
