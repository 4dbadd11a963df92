package org.freqbias.app.chart;

import javafx.geometry.Side;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/**
 * One heat map as a single {@link WritableImage} stretched without smoothing, with real axes
 * beside it (so exported PNGs keep sharp text at 2x): (xi, t) in the 1D spectrogram, x or xi
 * planes in 2D. Its title spans the map and sits clear of the y axis' top tick label; it wraps
 * rather than being cut. Hovering the image shows the cell under the mouse and its value in the
 * owning chart's readout; target peaks can be marked on the image, and a time cursor drawn across
 * it ({@link MarkedImage}).
 */
final class HeatMap extends GridPane {

    /** What the axes and the values are called, and whether the values are log10 of the quantity. */
    private record Names(String xSymbol, String ySymbol, String value, boolean log) {
    }

    private final Label title = new Label();
    private final MultiplesAxis xAxis = new MultiplesAxis();
    private final MultiplesAxis yAxis = new MultiplesAxis();
    private final MarkedImage image = new MarkedImage();
    private final Names names;
    private double[][] values;
    private double xLo;
    private double xHi;
    private double yLo;
    private double yHi;
    private ChartFrame readoutFrame;
    // What is drawn: the picture, its pixels (row 0 at the top), the value rows and scale they came from.
    private WritableImage picture;
    private int[] pixels;
    private double[][] shownRows;
    /** Rows colour-mapped since the heat map was made (tests read it: what a redraw really cost). */
    private long rowsMapped;
    private ColourMap shownMap;
    private double shownLo;
    private double shownHi;

    /** A map of |r^| over (xi, t) in the 1D spectrogram, log values. */
    static HeatMap spectrogram(String title) {
        // Symbols only, as on the 2D maps: a narrow map has no room for "frequency ξ" (its info text says it).
        return new HeatMap(title, "ξ", "t", new Names("ξ", "t", "|ȓ|", true));
    }

    /** A map of a field over the plane (x1, x2), linear values. */
    static HeatMap field(String title) {
        return new HeatMap(title, "x₁", "x₂", new Names("x₁", "x₂", "value", false));
    }

    /** A map of |r^| over the frequency plane (xi1, xi2), log values. */
    static HeatMap planeSpectrum(String title) {
        return new HeatMap(title, "ξ₁", "ξ₂", new Names("ξ₁", "ξ₂", "|ȓ|", true));
    }

    private HeatMap(String titleText, String xLabel, String yLabel, Names names) {
        this.names = names;
        getStyleClass().add("heat-map");
        title.setText(titleText);
        title.getStyleClass().add("heat-map-title");
        // A long title ("PDE (2-layer reference)") must not widen its map beyond its twin's: it wraps.
        title.setMinWidth(0);
        title.setPrefWidth(1);
        title.setMaxWidth(Double.MAX_VALUE);
        ChartFrame.wrapWhole(title);
        xAxis.setSide(Side.BOTTOM);
        yAxis.setSide(Side.LEFT);
        xAxis.setLabel(xLabel);
        yAxis.setLabel(yLabel);
        // Squeezed across below their preferred size, axes draw the label over the tick labels;
        // along the image they may be as short as it.
        xAxis.setMinSize(0, Region.USE_PREF_SIZE);
        yAxis.setMinSize(Region.USE_PREF_SIZE, 0);
        image.getStyleClass().add("heat-map-image");
        image.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        image.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::hover);
        image.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (readoutFrame != null) {
                readoutFrame.hideReadout();
            }
        });
        add(title, 0, 0, 2, 1);
        add(yAxis, 0, 1);
        add(image, 1, 1);
        add(xAxis, 1, 2);
        ColumnConstraints axisColumn = new ColumnConstraints();
        ColumnConstraints imageColumn = new ColumnConstraints();
        imageColumn.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(axisColumn, imageColumn);
        RowConstraints fixed = new RowConstraints();
        RowConstraints imageRow = new RowConstraints();
        imageRow.setVgrow(Priority.ALWAYS);
        getRowConstraints().setAll(fixed, imageRow, new RowConstraints());
    }

    /** Sends the hover readout of this map to {@code frame}'s readout. */
    void readoutTo(ChartFrame frame) {
        readoutFrame = frame;
    }

    /** Width taken by what is not the image (the y axis, when shown). */
    double horizontalOverhead() {
        return (yAxis.isManaged() ? yAxis.prefWidth(-1) : 0) + snappedLeftInset() + snappedRightInset();
    }

    /**
     * Shows or hides the y axis: maps side by side over the same y range share the axis of the
     * first one, and the others give its width to their image.
     */
    void setYAxisShown(boolean shown) {
        yAxis.setVisible(shown);
        yAxis.setManaged(shown);
    }

    /** Makes the title's row {@code height} tall (at least its text's height), so that maps side by side line up. */
    void setTitleHeight(double height) {
        getRowConstraints().get(0).setMinHeight(height);
    }

    /**
     * The narrowest the image may be: its title wraps only between words, so its longest word must
     * fit over the image (and the y axis beside it, when shown).
     */
    double minImageWidth(double minSide) {
        double word = 0;
        for (String w : title.getText().split("\\s+")) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(w);
            probe.setFont(title.getFont());
            word = Math.max(word, probe.getLayoutBounds().getWidth());
        }
        double beside = yAxis.isManaged() ? yAxis.prefWidth(-1) : 0;
        return Math.max(minSide, Math.ceil(word + title.getPadding().getLeft() + title.getPadding().getRight() - beside) + 1);
    }

    /** Room a neighbour leaves beside this map: about a tick label (its half reaches past the image's edge on each side). */
    double edgeLabelRoom() {
        return 1.25 * xAxis.getTickLabelFont().getSize();
    }

    /** Height of the x axis under the image. */
    double xAxisHeight() {
        return xAxis.prefHeight(-1) + snappedBottomInset();
    }

    /** Height taken by what is not the image (title and x axis) when the map is {@code width} wide. */
    double verticalOverhead(double width) {
        double titleWidth = width - snappedLeftInset() - snappedRightInset();
        return title.prefHeight(Math.max(1, titleWidth)) + xAxis.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
    }

    /** The axis titles, x then y (tests read them). */
    java.util.List<String> axisTitles() {
        return java.util.List.of(xAxis.getLabel(), yAxis.getLabel());
    }

    /** Sets the title, with the full text as tooltip. */
    void setTitle(String text) {
        if (!text.equals(title.getText())) {
            title.setText(text);
            title.setTooltip(new javafx.scene.control.Tooltip(text));
        }
    }

    /** Marks vertical lines at {@code xs} (the target's peak frequencies in the spectrogram). */
    void markColumns(double[] xs) {
        image.markColumns(xs);
    }

    /** Draws the cursor line across the image at {@code y} (in the units of the y axis); NaN hides it. */
    void setTimeCursor(double y) {
        image.setTimeCursor(y);
    }

    /** The y value of the cursor line (NaN: none), for tests. */
    double timeCursor() {
        return image.timeCursor();
    }

    /** Marks rings around {@code points} (pairs (x, y): the target's peak vectors in 2D). */
    void markPoints(double[][] points) {
        image.markPoints(points);
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
        boolean fresh = picture == null || picture.getWidth() != cols || picture.getHeight() != rows;
        if (fresh) {
            picture = new WritableImage(cols, rows);
            pixels = new int[rows * cols];
            shownRows = new double[rows][];
        }
        boolean sameScale = map == shownMap && lo == shownLo && hi == shownHi;
        boolean changed = false;
        for (int r = 0; r < rows; r++) {
            if (sameScale && values[r] == shownRows[r]) {
                continue; // the same row array: the same pixels
            }
            shownRows[r] = values[r];
            rowsMapped++;
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
            picture.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbInstance(), pixels, 0, cols);
        }
        boolean moved = fresh || xLo != this.xLo || xHi != this.xHi || yLo != this.yLo || yHi != this.yHi;
        this.values = values;
        this.xLo = xLo;
        this.xHi = xHi;
        this.yLo = yLo;
        this.yHi = yHi;
        if (moved) {
            image.show(picture, xLo, xHi, yLo, yHi);
        }
        if (xAxis.getLowerBound() != xLo || xAxis.getUpperBound() != xHi) {
            xAxis.setRange(xLo, xHi, 5);
        }
        if (yAxis.getLowerBound() != yLo || yAxis.getUpperBound() != yHi) {
            yAxis.setRange(yLo, yHi, 5);
        }
    }

    /** Rows colour-mapped by {@link #draw} so far, for tests. */
    long rowsMapped() {
        return rowsMapped;
    }

    /** The readout of the cell under the mouse: its centre and its value. */
    private void hover(MouseEvent e) {
        if (readoutFrame == null || values == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            return;
        }
        readoutFrame.showReadout(readoutText(e.getX() / image.getWidth(), 1 - e.getY() / image.getHeight()),
                e.getSceneX(), e.getSceneY());
    }

    /**
     * "ξ = 6.0   t = 2.5   |ȓ| = 0.031" for the cell at fractions ({@code fx}, {@code fy}) of the
     * image's width and height from its bottom-left corner: the cell's centre and its value.
     */
    String readoutText(double fx, double fy) {
        int rows = values.length;
        int cols = values[0].length;
        int c = Math.min(cols - 1, Math.max(0, (int) Math.floor(fx * cols)));
        int r = Math.min(rows - 1, Math.max(0, (int) Math.floor(fy * rows)));
        double x = xLo + (c + 0.5) * (xHi - xLo) / cols;
        double y = yLo + (r + 0.5) * (yHi - yLo) / rows;
        double v = values[r][c];
        String value = Double.isNaN(v) ? "no data yet" : ReadoutText.number(names.log() ? Math.pow(10, v) : v);
        return names.xSymbol() + " = " + ReadoutText.number(x) + "   " + names.ySymbol() + " = " + ReadoutText.number(y)
                + "   " + names.value() + " = " + value;
    }

    /** The y axis (tests check that its top tick label stays clear of the title). */
    MultiplesAxis yAxis() {
        return yAxis;
    }

    Label titleLabel() {
        return title;
    }
}
