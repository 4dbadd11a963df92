package org.freqbias.app.chart;

import java.util.List;
import javafx.scene.layout.Pane;

/**
 * Heat maps side by side with one colour bar. Images of planes are laid out square (a unit of x1
 * is as long as a unit of x2), as large as the row allows, the group centred; other images fill
 * the row, all of one width (the spectrogram's network and PDE). The titles are of one
 * height so that the images line up. Only the first map draws its y axis (they share it). Maps
 * that are not visible take no room, so a row can grow a third image without changing its layout
 * code.
 */
final class ImageRow extends Pane {

    /** Smallest side of an image, in pixels. */
    private static final double MIN_SIDE = 48;

    private final List<HeatMap> maps;
    private final ColourBar bar;

    private final boolean square;

    /** A row of square images (planes: x1 against x2). */
    static ImageRow square(List<HeatMap> maps, ColourBar bar) {
        return new ImageRow(maps, bar, true);
    }

    /** A row of images as tall as the row (a frequency against time: the units differ). */
    static ImageRow filling(List<HeatMap> maps, ColourBar bar) {
        return new ImageRow(maps, bar, false);
    }

    private ImageRow(List<HeatMap> maps, ColourBar bar, boolean square) {
        this.square = square;
        this.maps = List.copyOf(maps);
        this.bar = bar;
        bar.getStyleClass().add("square");
        getChildren().addAll(maps);
        getChildren().add(bar);
        setPrefSize(600, 240);
    }

    @Override
    protected void layoutChildren() {
        List<HeatMap> shown = shown();
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        if (shown.isEmpty()) {
            return;
        }
        double barWidth = bar.prefWidth(-1);
        double gap = gap(shown);
        double overX = overX(shown);
        double side = side(shown, width, height);
        double overY = tallestOverhead(shown, side);
        double imageHeight = square ? side : Math.max(MIN_SIDE, height - overY);
        double total = shown.size() * side + overX + barWidth;
        double x = snappedLeftInset() + Math.max(0, (width - total) / 2);
        double y = snappedTopInset() + Math.max(0, (height - imageHeight - overY) / 2);
        double titleHeight = overY - shown.get(0).xAxisHeight();
        for (HeatMap m : shown) {
            m.setTitleHeight(titleHeight); // the same for all, so that the images line up
            m.resizeRelocate(x, y, side + m.horizontalOverhead(), imageHeight + overY);
            x += side + m.horizontalOverhead() + gap;
        }
        // The bar spans the images' height: below the titles, above the x axes.
        bar.resizeRelocate(x, y + titleHeight, barWidth, imageHeight);
    }

    /**
     * The smaller side of the images this row would draw in {@code width} x {@code height}: how
     * large its pictures are there (focus mode compares layouts with it).
     */
    double pictureSideIn(double width, double height) {
        List<HeatMap> shown = shown();
        if (shown.isEmpty()) {
            return 0;
        }
        double side = side(shown, width, height);
        return square ? side : Math.min(side, Math.max(MIN_SIDE, height - tallestOverhead(shown, side)));
    }

    /** The images' width in a row of {@code width} x {@code height}. */
    private double side(List<HeatMap> shown, double width, double height) {
        double room = width - bar.prefWidth(-1) - overX(shown);
        double least = leastSide(shown);
        double side = sideFor(shown.size(), room, height, tallestOverhead(shown, 1e6), least);
        // A title may wrap at its map's width: take the tallest at that width and fit again.
        return sideFor(shown.size(), room, height, tallestOverhead(shown, side), least);
    }

    /** A gap after each map: the tick labels at an image's edges reach half a label beyond it. */
    private static double gap(List<HeatMap> shown) {
        return shown.get(0).edgeLabelRoom();
    }

    /** The width the maps take besides their images: axes and gaps. */
    private static double overX(List<HeatMap> shown) {
        return shown.stream().mapToDouble(HeatMap::horizontalOverhead).sum() + shown.size() * gap(shown);
    }

    /** The maps shown; only the first shows its y axis (they all share it). */
    private List<HeatMap> shown() {
        List<HeatMap> shown = maps.stream().filter(HeatMap::isVisible).toList();
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).setYAxisShown(i == 0);
        }
        return shown;
    }

    /** The images' width: as wide as the row allows, and for square images no taller than it allows; at least {@code least}. */
    private double sideFor(int maps, double width, double height, double overY, double least) {
        return Math.max(least, square ? Math.min(width / maps, height - overY) : width / maps);
    }

    /** The narrowest image every map allows (its title's longest word must fit). */
    private static double leastSide(List<HeatMap> maps) {
        return maps.stream().mapToDouble(m -> m.minImageWidth(MIN_SIDE)).max().orElse(MIN_SIDE);
    }

    /** Title and x axis of the map whose title needs most height when its image is {@code side} wide. */
    private static double tallestOverhead(List<HeatMap> maps, double side) {
        return maps.stream().mapToDouble(m -> m.verticalOverhead(side + m.horizontalOverhead())).max().orElse(0);
    }

    /** Room for {@code maps} images of the smallest side, their axes, titles (one line) and the bar. */
    @Override
    protected double computeMinWidth(double height) {
        List<HeatMap> shown = shown();
        if (shown.isEmpty()) {
            return 0;
        }
        return shown.size() * (leastSide(shown) + gap(shown))
                + shown.stream().mapToDouble(HeatMap::horizontalOverhead).sum()
                + bar.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        List<HeatMap> shown = shown();
        if (shown.isEmpty()) {
            return 0;
        }
        double least = leastSide(shown);
        return (square ? least : MIN_SIDE) + tallestOverhead(shown, least) + snappedTopInset() + snappedBottomInset();
    }
}
