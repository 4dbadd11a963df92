package org.freqbias.app.view;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.freqbias.app.model.RunsModel;
import org.freqbias.app.model.ScrubPosition;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Controller of /fxml/scrubber.fxml, the time scrubber under the charts: a slider over the kept
 * snapshots of the run shown, the time and step shown, playback and its speed, and "Newest" to
 * follow training again. Its keys ({@link #handleKey}) also serve the chart area.
 */
public final class ScrubberController {

    @FXML private Button playback;
    @FXML private FontIcon playbackIcon;
    @FXML private ComboBox<Double> speed;
    @FXML private Slider slider;
    @FXML private Label time;
    @FXML private Button follow;

    private RunsModel model;
    /** True while the slider is set from the model, so that the change is not taken for a drag. */
    private boolean showing;

    void init(RunsModel m) {
        this.model = m;
        speed.getItems().setAll(RunsModel.playbackSpeeds());
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : "×" + (v == Math.rint(v) ? String.valueOf(v.intValue()) : v.toString());
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("×", ""));
            }
        });
        speed.setValue(m.playbackSpeedProperty().get());
        speed.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                m.setPlaybackSpeed(v);
            }
        });
        m.playbackProperty().addListener((obs, was, on) -> playbackIcon.setIconLiteral(
                on ? "mdi2p-pause-circle-outline" : "mdi2p-play-circle-outline"));
        slider.valueProperty().addListener((obs, old, v) -> {
            if (!showing) {
                m.scrubTo((int) Math.round(v.doubleValue()));
            }
        });
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
        m.scrubPositionProperty().addListener((obs, old, p) -> show(p));
        show(m.scrubPositionProperty().get());
    }

    /** Takes Left / Right (one snapshot), Home, End from {@code e}; other keys pass. */
    void handleKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // Ctrl+Right steps training
        }
        switch (e.getCode()) {
            case LEFT -> model.scrubStep(-1);
            case RIGHT -> model.scrubStep(1);
            case HOME -> model.scrubHome();
            case END -> model.scrubEnd();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The slider, for focus and tests. */
    public Slider slider() {
        return slider;
    }

    /** The node that takes the keys when the chart area has focus. */
    Node root() {
        return slider.getParent();
    }

    private void show(ScrubPosition p) {
        boolean any = p != null;
        slider.setDisable(!any || p.count() < 2);
        playback.setDisable(!any || p.count() < 2);
        if (!any) {
            time.setText("t –");
            return;
        }
        showing = true;
        try {
            slider.setMax(Math.max(0, p.count() - 1));
            slider.setValue(p.index());
        } finally {
            showing = false;
        }
        time.setText(String.format(Locale.ROOT, "t = %.3g · step %d", p.time(), p.step()));
        follow.getStyleClass().remove("following");
        if (p.following()) {
            follow.getStyleClass().add("following");
        }
    }

    @FXML
    private void togglePlayback() {
        model.togglePlayback();
    }

    @FXML
    private void follow() {
        model.scrubEnd();
    }
}
