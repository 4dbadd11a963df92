package org.freqbias.app.view;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.freqbias.app.chart.LearningTimeChart;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.design.Design;
import org.freqbias.core.design.DesignText;
import org.freqbias.core.design.InverseDesign;
import org.freqbias.core.design.WantedTimes;
import org.freqbias.core.session.Session;

/**
 * Controller of /fxml/design-panel.fxml, inside the distribution panel: a preset of the wanted
 * learning times with its band, the Design ρ action (on the model's background worker, with its
 * progress) and what the design found: the time scale, and the steps or learning rate a run needs.
 * The wanted curve itself is drawn, and dragged, on the learning-time chart.
 */
public final class DesignPanelController extends PanelController {

    static final String NONE = "no wanted times";
    static final String TOGETHER = "all together up to ξ max";
    static final String REVERSED = "reversed: high ξ first";
    static final String BAND = "a band [ξ₁, ξ₂] first";

    @FXML private ComboBox<String> preset;
    @FXML private Node bandBox;
    @FXML private Label fromLabel;
    @FXML private TextField from;
    @FXML private Label toLabel;
    @FXML private TextField to;
    @FXML private Button designButton;
    @FXML private ProgressIndicator busy;
    @FXML private Label progress;
    @FXML private Label result;

    @FXML
    private void initialize() {
        preset.getItems().setAll(NONE, TOGETHER, REVERSED, BAND);
        preset.setValue(NONE);
        preset.setOnAction(e -> presetChanged());
        from.setOnAction(e -> applyPreset());
        to.setOnAction(e -> applyPreset());
        for (Node n : List.of(busy, progress, result, fromLabel, from)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        bandBox.managedProperty().bind(bandBox.visibleProperty());
        layoutFor(NONE);
    }

    @Override
    void init(ExperimentModel m) {
        super.init(m);
        busy.visibleProperty().bind(m.designingProperty());
        progress.textProperty().bind(m.designProgressProperty());
        progress.visibleProperty().bind(m.designProgressProperty().isNotEmpty());
        result.textProperty().bind(Bindings.createStringBinding(() -> describe(m.designProperty().get()), m.designProperty()));
        result.visibleProperty().bind(m.designProperty().isNotNull());
        m.wantedTimesProperty().addListener((obs, old, w) -> {
            if (w == null) {
                preset.setValue(NONE);
                layoutFor(NONE);
            }
        });
    }

    /** Draws the model's wanted times on {@code chart} and takes the points dragged there. */
    void connect(LearningTimeChart chart) {
        chart.setOnWantedEdited(w -> model.wantedTimesProperty().set(w));
        model.wantedTimesProperty().addListener((obs, old, w) -> chart.setWanted(w));
        chart.setWanted(model.wantedTimesProperty().get());
    }

    @Override
    protected void show(Session session) {
        if (model.wantedTimesProperty().get() == null && to.getText().isBlank()) {
            double reach = InverseDesign.targetReach(session);
            to.setText(number(reach > 0 ? reach : session.domain().nyquist() / 2));
        }
    }

    private void presetChanged() {
        String p = preset.getValue();
        layoutFor(p);
        if (BAND.equals(p) && from.getText().isBlank()) {
            double top = parse(to, "ξ max");
            from.setText(number(top / 3));
            to.setText(number(2 * top / 3));
        }
        applyPreset();
    }

    private void layoutFor(String p) {
        boolean band = BAND.equals(p);
        bandBox.setVisible(!NONE.equals(p));
        fromLabel.setVisible(band);
        from.setVisible(band);
        toLabel.setText(band ? "ξ₂" : "ξ max");
        designButton.setDisable(NONE.equals(p));
    }

    /** Sets the model's wanted times from the preset and its fields; a bad field is refused with the reason. */
    private void applyPreset() {
        String p = preset.getValue();
        try {
            WantedTimes w = switch (p) {
                case TOGETHER -> WantedTimes.together(parse(to, "ξ max"));
                case REVERSED -> WantedTimes.reversed(parse(to, "ξ max"));
                case BAND -> WantedTimes.band(parse(from, "ξ₁"), parse(to, "ξ₂"), InverseDesign.targetReach(model.getSession()));
                default -> null;
            };
            model.wantedTimesProperty().set(w);
        } catch (IllegalArgumentException e) {
            model.error("Refused: " + e.getMessage());
        }
    }

    @FXML
    private void design() {
        model.design();
    }

    private static double parse(TextField field, String name) {
        try {
            return Double.parseDouble(field.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": \"" + field.getText() + "\" is not a number; type a frequency such as 12");
        }
    }

    static String describe(Design d) {
        return d == null ? "" : "Designed: " + DesignText.runNeeds(d) + ".";
    }

    private static String number(double v) {
        return DesignText.number(v);
    }
}
