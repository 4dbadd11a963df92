package org.freqbias.app.chart;

import javafx.geometry.Side;
import javafx.scene.chart.NumberAxis;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/** The colour bar of the spectrogram: the colour map from lo to hi (log10) with power-of-ten labels. */
final class ColourBar extends HBox {

    private static final int STEPS = 256;

    private final NumberAxis axis = new NumberAxis();

    ColourBar() {
        getStyleClass().add("colour-bar");
        WritableImage image = new WritableImage(1, STEPS);
        for (int i = 0; i < STEPS; i++) {
            image.getPixelWriter().setArgb(0, STEPS - 1 - i, ColourMap.argb(i / (STEPS - 1.0)));
        }
        ImageView view = new ImageView(image);
        view.setSmooth(false);
        view.setPreserveRatio(false);
        view.setFitWidth(14);
        Pane holder = new Pane(view);
        holder.setMinSize(14, 0);
        holder.setPrefSize(14, 100);
        view.fitHeightProperty().bind(holder.heightProperty());
        axis.setSide(Side.RIGHT);
        axis.setAnimated(false);
        axis.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // squeezed, the label would cover the ticks
        LogScale.prepare(axis);
        axis.setLabel("|r̂|");
        getChildren().addAll(holder, axis);
    }

    void setRange(double lo, double hi, double floor) {
        LogScale.fit(axis, lo, hi);
        // fit() rounds outward; the image spans exactly [lo, hi], so pin the bounds to it.
        axis.setLowerBound(lo);
        axis.setUpperBound(hi);
        axis.setLabel(LogScale.label("|r̂|", floor));
    }
}
