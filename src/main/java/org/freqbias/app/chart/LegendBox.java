package org.freqbias.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;

/**
 * A legend inside the chart's frame: a line (or dot) sample drawn exactly as its series, and a
 * label. PDE entries are named after whether the PDE is exact for the network shown (2 layers)
 * or only the 2-layer reference (deep networks), see {@link #pdeText}.
 */
public final class LegendBox extends FlowPane {

    /** PDE entries and their detail text, re-named by {@link #showPdeExact}. */
    private final List<Label> pdeEntries = new ArrayList<>();
    private final List<String> pdeDetails = new ArrayList<>();
    private boolean pdeExact = true;

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

    /** Adds an entry and returns it, so that a chart can hide it while its series is empty. */
    public Label add(String text, LineStyle style) {
        Label label = entry(text, style);
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

    /** Whether the PDE entries name the PDE exact (2 layers) or a 2-layer reference. */
    public boolean pdeExact() {
        return pdeExact;
    }

    public void clear() {
        getChildren().clear();
        pdeEntries.clear();
        pdeDetails.clear();
    }

    private static Label entry(String text, LineStyle style) {
        Shape sample;
        if (style.dots()) {
            sample = new Circle(4);
            sample.setStyle("-fx-fill: " + style.colour() + ";");
        } else {
            sample = new Line(0, 0, 26, 0);
            sample.setStyle(style.pathCss());
        }
        Label label = new Label(text, sample);
        label.getStyleClass().add("legend-entry");
        return label;
    }
}
