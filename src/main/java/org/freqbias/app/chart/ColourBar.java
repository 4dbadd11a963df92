package org.freqbias.app.chart;

import javafx.geometry.Side;
import javafx.scene.chart.NumberAxis;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * A colour bar beside heat maps: the colour map from lo to hi with an axis, either on a log scale
 * (lo, hi are log10 values, labels are powers of ten) or linear.
 */
final class ColourBar extends HBox {

    private static final int STEPS = 256;

    private final NumberAxis axis = new NumberAxis();
    private final StringConverter<Number> linearLabels = axis.getTickLabelFormatter();

    /** @param quantity the axis label, or null where the chart's title names the quantity (a narrow row needs the room) */
    ColourBar(ColourMap map, String quantity) {
        getStyleClass().add("colour-bar");
        WritableImage image = new WritableImage(1, STEPS);
        for (int i = 0; i < STEPS; i++) {
            image.getPixelWriter().setArgb(0, STEPS - 1 - i, map.argb(i / (STEPS - 1.0)));
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
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setMinWidth(Region.USE_PREF_SIZE); // squeezed, the label would cover the ticks
        axis.setLabel(quantity);
        getChildren().addAll(holder, axis);
    }

    /**
     * A log scale over [lo, hi] (log10 values). The label stays the quantity alone, short enough for
     * a short bar; the lowest tick says that values below it are drawn in its colour ("≤10⁻⁴").
     */
    void setLogRange(double lo, double hi) {
        LogScale.prepare(axis);
        LogScale.fit(axis, lo, hi);
        // fit() rounds outward; the image spans exactly [lo, hi], so pin the bounds to it.
        axis.setLowerBound(lo);
        axis.setUpperBound(hi);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                String power = LogScale.POWERS.toString(value);
                return Math.abs(value.doubleValue() - lo) < 1e-9 && !power.isEmpty() ? "≤" + power : power;
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
    }

    /** A linear scale over [lo, hi]. */
    void setLinearRange(double lo, double hi) {
        axis.setTickLabelFormatter(linearLabels);
        axis.setLowerBound(lo);
        axis.setUpperBound(hi);
        axis.setTickUnit(Ticks.niceStep(hi - lo, 6));
    }
}
