package org.freqbias.app.chart;

import java.util.List;
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
 * {@link #pdeText}.
 */
public final class LegendBox extends FlowPane {

    private List<LegendItem> shown = List.of();

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
        getChildren().setAll(shown.stream().map(LegendBox::entry).toList());
    }

    /** The entries shown. */
    public List<LegendItem> items() {
        return shown;
    }

    private static Label entry(LegendItem item) {
        Label label = new Label(item.text(), sample(item.style()));
        label.getStyleClass().add("legend-entry");
        if (item.pde()) {
            label.getStyleClass().add("legend-pde");
        }
        if (item.tooltip() != null) {
            label.setTooltip(new Tooltip(item.tooltip()));
        }
        return label;
    }

    private static Shape sample(LineStyle style) {
        if (style == null) {
            return null;
        }
        Shape sample;
        if (style.dots()) {
            sample = new Circle(4);
            sample.setStyle("-fx-fill: " + style.colour() + ";");
        } else {
            sample = new Line(0, 0, 26, 0);
            sample.setStyle(style.pathCss());
        }
        return sample;
    }
}
