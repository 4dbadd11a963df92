package org.freqbias.app.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;

/**
 * A legend inside the chart's frame: per {@link LegendItem} a line (or dot) sample drawn exactly as
 * its series, and a label. A chart hands it the entries of what it draws at every redraw; the
 * nodes are rebuilt only when the entries change. PDE entries are named after whether the PDE is
 * exact for the network shown (2 layers) or only the 2-layer reference (deep networks), see
 * {@link #pdeText}. An entry wider than the legend wraps its text instead of being cut, and the
 * legend is always as tall as its entries.
 */
public final class LegendBox extends FlowPane {

    private List<LegendItem> shown = List.of();
    /** Line samples and their style, re-drawn when the line scale changes. */
    private final Map<Shape, LineStyle> samples = new LinkedHashMap<>();
    private double lineScale = 1;

    public LegendBox() {
        getStyleClass().add("legend-box");
    }

    /**
     * The PDE's name: "PDE" when it is exact for the network, "PDE (2-layer reference)" when the
     * network is deep; a non-empty {@code detail} joins the parenthesis, as in "PDE (Parseval)".
     */
    public static String pdeText(String detail, boolean exact) {
        String qualifier = exact ? "" : "2-layer reference";
        String inside = qualifier.isEmpty() || detail.isEmpty() ? qualifier + detail : qualifier + ", " + detail;
        return inside.isEmpty() ? "PDE" : "PDE (" + inside + ")";
    }

    /** Shows {@code items}, in order; nothing is touched when they equal those shown. */
    public void set(List<LegendItem> items) {
        if (items.equals(shown)) {
            return;
        }
        shown = List.copyOf(items);
        samples.clear();
        getChildren().setAll(shown.stream().map(this::entry).toList());
    }

    /** The entries shown. */
    public List<LegendItem> items() {
        return shown;
    }

    /** Draws the line samples {@code scale} times as wide, as the series are. */
    void setLineScale(double scale) {
        lineScale = scale;
        samples.forEach((sample, style) -> sample.setStyle(style.pathCss(scale)));
    }

    private Label entry(LegendItem item) {
        Label label = new Label(item.text(), sample(item.style()));
        label.getStyleClass().add("legend-entry");
        if (item.pde()) {
            label.getStyleClass().add("legend-pde");
        }
        if (item.tooltip() != null) {
            label.setTooltip(new Tooltip(item.tooltip()));
        }
        ChartFrame.wrapWhole(label);
        // Never wider than the legend: a long entry wraps rather than ending in "…".
        label.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, getWidth() - getInsets().getLeft() - getInsets().getRight()), widthProperty(), insetsProperty()));
        return label;
    }

    private Shape sample(LineStyle style) {
        if (style == null) {
            return null;
        }
        if (style.dots()) {
            Circle dot = new Circle(4);
            dot.setStyle("-fx-fill: " + style.colour() + ";");
            return dot;
        }
        Line sample = new Line(0, 0, 26, 0);
        sample.setStyle(style.pathCss(lineScale));
        samples.put(sample, style);
        return sample;
    }
}
