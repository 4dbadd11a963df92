package org.freqbias.app.chart;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Shape;

/** A legend inside the chart's frame: a line (or dot) sample drawn exactly as its series, and a label. */
public final class LegendBox extends FlowPane {

    public LegendBox() {
        getStyleClass().add("legend-box");
    }

    public void add(String text, LineStyle style) {
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
        getChildren().add(label);
    }

    public void clear() {
        getChildren().clear();
    }
}
