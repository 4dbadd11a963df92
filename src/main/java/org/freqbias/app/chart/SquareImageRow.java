package org.freqbias.app.chart;

import java.util.List;
import javafx.scene.layout.Pane;

/**
 * Heat maps of planes side by side with one colour bar: each image is laid out square (a unit of
 * x1 is as long as a unit of x2), as large as the row allows, the group centred. Maps that are not
 * visible take no room, so a row can grow a third image without changing its layout code.
 */
final class SquareImageRow extends Pane {

    private final List<HeatMap> maps;
    private final ColourBar bar;

    SquareImageRow(List<HeatMap> maps, ColourBar bar) {
        this.maps = List.copyOf(maps);
        this.bar = bar;
        bar.getStyleClass().add("square");
        getChildren().addAll(maps);
        getChildren().add(bar);
        setMinSize(0, 0);
        setPrefSize(600, 240);
    }

    @Override
    protected void layoutChildren() {
        List<HeatMap> shown = maps.stream().filter(HeatMap::isVisible).toList();
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        if (shown.isEmpty()) {
            return;
        }
        double barWidth = bar.prefWidth(-1);
        double overX = shown.get(0).horizontalOverhead();
        double overY = shown.get(0).verticalOverhead();
        double side = Math.max(10, Math.min((width - barWidth) / shown.size() - overX, height - overY));
        double total = shown.size() * (side + overX) + barWidth;
        double x = snappedLeftInset() + Math.max(0, (width - total) / 2);
        double y = snappedTopInset() + Math.max(0, (height - side - overY) / 2);
        for (HeatMap m : shown) {
            m.resizeRelocate(x, y, side + overX, side + overY);
            x += side + overX;
        }
        // The bar spans the images' height: below the title, above the x axis.
        double titleHeight = overY - shown.get(0).xAxisHeight();
        bar.resizeRelocate(x, y + titleHeight, barWidth, side);
    }
}
