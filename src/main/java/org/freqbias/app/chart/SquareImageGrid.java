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
        List<List<HeatMap>> shown = rows.stream().map(r -> r.stream().filter(HeatMap::isVisible).toList())
                .filter(r -> !r.isEmpty()).toList();
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
        int columns = shown.stream().mapToInt(List::size).max().orElse(1);
        double nameWidth = named ? names.stream().filter(Label::isVisible)
                .mapToDouble(l -> Math.min(LABEL_WIDTH, l.prefWidth(-1))).max().orElse(0) + 6 : 0;
        double barWidth = bar.prefWidth(-1);
        double overX = first.horizontalOverhead();
        double overY = first.verticalOverhead();
        double side = Math.max(10, Math.min((width - barWidth - nameWidth) / columns - overX,
                height / shown.size() - overY));
        double total = nameWidth + columns * (side + overX) + barWidth;
        double left = snappedLeftInset() + Math.max(0, (width - total) / 2);
        double top = snappedTopInset() + Math.max(0, (height - shown.size() * (side + overY)) / 2);
        double titleHeight = overY - first.xAxisHeight();
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
                m.resizeRelocate(x, y, side + overX, side + overY);
                x += side + overX;
            }
            y += side + overY;
        }
        // The bar spans the images' height: from below the first title to above the last x axis.
        double barTop = top + titleHeight;
        double barBottom = y - first.xAxisHeight();
        bar.resizeRelocate(left + nameWidth + columns * (side + overX), barTop, barWidth, barBottom - barTop);
    }
}
