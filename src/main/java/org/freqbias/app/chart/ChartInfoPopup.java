package org.freqbias.app.chart;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The explanation of one chart in a card under its info button: the chart's title and a few
 * plain-language sentences. It closes on Esc, on a click elsewhere or on the button again. The
 * popup takes the window's stylesheets when shown, so it follows the theme.
 */
public final class ChartInfoPopup {

    private final Popup popup = new Popup();
    private final Label text = new Label();

    ChartInfoPopup(String chartTitle, String explanation) {
        Label heading = new Label(chartTitle);
        heading.getStyleClass().add("chart-info-title");
        ChartFrame.wrapWhole(heading);
        text.setText(explanation);
        text.getStyleClass().add("chart-info-text");
        ChartFrame.wrapWhole(text);
        VBox card = new VBox(heading, text);
        card.getStyleClass().add("chart-info");
        popup.getContent().add(card);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    /** Shows the card under {@code anchor}, right edges aligned, or hides it when it shows. */
    void toggle(Node anchor) {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, b.getMinX(), b.getMaxY() + 4);
        // Known only once shown: move left so that the card ends at the button's right edge.
        popup.setX(Math.max(0, b.getMaxX() - popup.getWidth()));
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    /** The explanation shown. */
    public String text() {
        return text.getText();
    }

    public void hide() {
        popup.hide();
    }
}
