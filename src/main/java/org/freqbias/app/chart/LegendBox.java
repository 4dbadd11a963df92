package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;

/**
 * A legend inside the chart's frame: a line (or dot) sample drawn exactly as its series, and a
 * label. PDE entries are named after whether the PDE is exact for the network shown (2 layers)
 * or only the 2-layer reference (deep networks), see {@link #pdeText}. An entry wider than the
 * legend wraps its text instead of being cut, and the legend is always as tall as its entries.
 */
public final class LegendBox extends FlowPane {

    /** PDE entries and their detail text, re-named by {@link #showPdeExact}. */
    private final List<Label> pdeEntries = new ArrayList<>();
    private final List<String> pdeDetails = new ArrayList<>();
    /** Line samples and their style, re-drawn when the line scale changes. */
    private final Map<Shape, LineStyle> samples = new LinkedHashMap<>();
    private boolean pdeExact = true;
    private double lineScale = 1;

    public LegendBox() {
        getStyleClass().add("legend-box");
        setMinHeight(Region.USE_PREF_SIZE);
        // FlowPane asks for its preferred width when it has none: wrap at the width it is given.
        setPrefWrapLength(1);
    }

    /**
     * As narrow as the narrowest an entry can wrap to: FlowPane would ask for its widest entry's
     * preferred width, and a long entry would then widen a narrow chart.
     */
    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (javafx.scene.Node n : getManagedChildren()) {
            widest = Math.max(widest, n.minWidth(-1));
        }
        return snappedLeftInset() + widest + snappedRightInset();
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

    /** Adds an entry and returns it, so that a chart can hide it while its series is empty. */
    public Label add(String text, LineStyle style) {
        Label label = entry(text, style);
        getChildren().add(label);
        return label;
    }

    /** Adds a plain entry with no line sample (a note such as "no target peaks to follow"). */
    public Label addNote(String text) {
        Label label = entry(text, null);
        getChildren().add(label);
        return label;
    }

    /** Shows or hides {@code entry}, closing its gap when hidden. */
    public static void show(Label entry, boolean visible) {
        entry.setVisible(visible);
        entry.setManaged(visible);
    }

    /** Adds a PDE entry named {@code pdeText(detail, exact)} for the exactness last shown. */
    public void addPde(String detail, LineStyle style) {
        Label label = entry(pdeText(detail, pdeExact), style);
        label.getStyleClass().add("legend-pde");
        pdeEntries.add(label);
        pdeDetails.add(detail);
        getChildren().add(label);
    }

    /** Re-names the PDE entries: exact for a 2-layer network, a reference for a deep one. */
    public void showPdeExact(boolean exact) {
        pdeExact = exact;
        for (int i = 0; i < pdeEntries.size(); i++) {
            pdeEntries.get(i).setText(pdeText(pdeDetails.get(i), exact));
        }
    }

    /** Draws the line samples {@code scale} times as wide, as the series are. */
    void setLineScale(double scale) {
        lineScale = scale;
        samples.forEach((sample, style) -> sample.setStyle(style.pathCss(scale)));
    }

    /** Whether the PDE entries name the PDE exact (2 layers) or a 2-layer reference. */
    public boolean pdeExact() {
        return pdeExact;
    }

    public void clear() {
        getChildren().clear();
        pdeEntries.clear();
        pdeDetails.clear();
        samples.clear();
    }

    private Label entry(String text, LineStyle style) {
        Label label = new Label(text);
        if (style != null && style.dots()) {
            Circle dot = new Circle(4);
            dot.setStyle("-fx-fill: " + style.colour() + ";");
            label.setGraphic(dot);
        } else if (style != null) {
            Line sample = new Line(0, 0, 26, 0);
            sample.setStyle(style.pathCss(lineScale));
            samples.put(sample, style);
            label.setGraphic(sample);
        }
        label.getStyleClass().add("legend-entry");
        ChartFrame.wrapWhole(label);
        // Never wider than the legend: a long entry wraps rather than ending in "…".
        label.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, getWidth() - getInsets().getLeft() - getInsets().getRight()), widthProperty(), insetsProperty()));
        return label;
    }
}
