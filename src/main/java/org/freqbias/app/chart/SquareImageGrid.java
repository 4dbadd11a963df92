package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * Heat maps of planes in rows (one row per run) with one colour bar: each image is laid out square
 * (a unit of x1 is as long as a unit of x2), all of one size, as large as the area allows, the
 * group centred. Maps that are not visible take no room, so a row can grow a third image, and a
 * grid a second row, without changing its layout code. With more than one row shown, each row is
 * named on its left by a label with a swatch of the run's colour.
 */
final class SquareImageGrid extends Pane {

    /** Smallest side of an image, in pixels (as in {@link ImageRow}). */
    private static final double MIN_SIDE = 48;
    /** Widest a row's name may be; longer names wrap. */
    private static final double LABEL_WIDTH = 110;

    private final List<List<HeatMap>> rows;
    private final List<Label> names = new ArrayList<>();
    private final ColourBar bar;

    /** {@code rows} of maps (each row's maps left to right), named by {@link #name} when several are shown. */
    SquareImageGrid(List<List<HeatMap>> rows, ColourBar bar) {
        this.rows = rows.stream().map(List::copyOf).toList();
        this.bar = bar;
        bar.getStyleClass().add("square");
        for (List<HeatMap> row : this.rows) {
            getChildren().addAll(row);
            Label name = new Label();
            name.getStyleClass().add("image-row-name");
            name.setWrapText(true);
            name.setMaxWidth(LABEL_WIDTH);
            name.setVisible(false);
            names.add(name);
        }
        getChildren().addAll(names);
        getChildren().add(bar);
        setMinSize(0, 0);
        setPrefSize(600, 240);
    }

    /** Names row {@code row} {@code text} with a swatch of {@code colour} (shown while several rows are). */
    void name(int row, String text, String colour) {
        Label name = names.get(row);
        if (!text.equals(name.getText())) {
            name.setText(text);
        }
        if (!(name.getGraphic() instanceof Rectangle r && colour.equals(r.getUserData()))) {
            Rectangle swatch = new Rectangle(10, 10);
            swatch.setStyle("-fx-fill: " + colour + ";");
            swatch.setUserData(colour);
            name.setGraphic(swatch);
        }
    }

    @Override
    protected void layoutChildren() {
        List<List<HeatMap>> shown = shown();
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        boolean named = shown.size() > 1;
        for (int i = 0; i < rows.size(); i++) {
            names.get(i).setVisible(named && rows.get(i).stream().anyMatch(HeatMap::isVisible));
        }
        if (shown.isEmpty()) {
            return;
        }
        HeatMap first = shown.get(0).get(0);
        double nameWidth = nameWidth(shown);
        double barWidth = bar.prefWidth(-1);
        double side = side(shown, width, height);
        double overY = tallestOverhead(shown, side);
        int columns = columns(shown);
        double rowWidth = shown.stream().mapToDouble(r -> rowOverhead(r)).max().orElse(0) + columns * side;
        double total = nameWidth + rowWidth + barWidth;
        double left = snappedLeftInset() + Math.max(0, (width - total) / 2);
        double top = snappedTopInset() + Math.max(0, (height - shown.size() * (side + overY)) / 2);
        double titleHeight = overY - first.xAxisHeight();
        double gap = first.edgeLabelRoom();
        double y = top;
        for (int i = 0; i < rows.size(); i++) {
            List<HeatMap> row = rows.get(i).stream().filter(HeatMap::isVisible).toList();
            if (row.isEmpty()) {
                continue;
            }
            Label name = names.get(i);
            if (name.isVisible()) {
                double h = name.prefHeight(nameWidth - 6);
                name.resizeRelocate(left, y + titleHeight + (side - h) / 2, nameWidth - 6, h);
            }
            double x = left + nameWidth;
            for (HeatMap m : row) {
                m.setTitleHeight(titleHeight); // the same for all, so that the images line up
                m.resizeRelocate(x, y, side + m.horizontalOverhead(), side + overY);
                x += side + m.horizontalOverhead() + gap;
            }
            y += side + overY;
        }
        // The bar spans the images' height: from below the first title to above the last x axis.
        double barTop = top + titleHeight;
        double barBottom = y - first.xAxisHeight();
        bar.resizeRelocate(left + nameWidth + rowWidth, barTop, barWidth, barBottom - barTop);
    }

    /**
     * The side of the images this grid would draw in {@code width} x {@code height}: how large its
     * pictures are there (focus mode compares layouts with it).
     */
    double pictureSideIn(double width, double height) {
        List<List<HeatMap>> shown = shown();
        return shown.isEmpty() ? 0 : side(shown, width, height);
    }

    /** The rows with a map shown, each with its maps shown; in each row only the first shows its y axis (they share it). */
    private List<List<HeatMap>> shown() {
        List<List<HeatMap>> shown = rows.stream().map(r -> r.stream().filter(HeatMap::isVisible).toList())
                .filter(r -> !r.isEmpty()).toList();
        for (List<HeatMap> row : shown) {
            for (int i = 0; i < row.size(); i++) {
                row.get(i).setYAxisShown(i == 0);
            }
        }
        return shown;
    }

    private static int columns(List<List<HeatMap>> shown) {
        return shown.stream().mapToInt(List::size).max().orElse(1);
    }

    private double nameWidth(List<List<HeatMap>> shown) {
        return shown.size() > 1 ? names.stream().filter(Label::isVisible)
                .mapToDouble(l -> Math.min(LABEL_WIDTH, l.prefWidth(-1))).max().orElse(0) + 6 : 0;
    }

    /** The width a row takes besides its images: axes and the gaps after each map (tick labels reach past the edges). */
    private static double rowOverhead(List<HeatMap> row) {
        return row.stream().mapToDouble(HeatMap::horizontalOverhead).sum() + row.size() * row.get(0).edgeLabelRoom();
    }

    /** The images' side in {@code width} x {@code height}: square, as large as the widest row and all rows allow. */
    private double side(List<List<HeatMap>> shown, double width, double height) {
        double overX = shown.stream().mapToDouble(SquareImageGrid::rowOverhead).max().orElse(0);
        double room = width - bar.prefWidth(-1) - nameWidth(shown) - overX;
        int columns = columns(shown);
        double least = shown.stream().flatMap(List::stream).mapToDouble(m -> m.minImageWidth(MIN_SIDE)).max().orElse(MIN_SIDE);
        double side = Math.max(least, Math.min(room / columns, height / shown.size() - tallestOverhead(shown, 1e6)));
        // A title may wrap at its map's width: take the tallest at that width and fit again.
        return Math.max(least, Math.min(room / columns, height / shown.size() - tallestOverhead(shown, side)));
    }

    /** Title and x axis of the map whose title needs most height when its image is {@code side} wide. */
    private static double tallestOverhead(List<List<HeatMap>> shown, double side) {
        return shown.stream().flatMap(List::stream).mapToDouble(m -> m.verticalOverhead(side + m.horizontalOverhead()))
                .max().orElse(0);
    }
}
