package org.freqbias.app.view;

import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.freqbias.core.dist.FrequencySampler;
import org.freqbias.core.session.NetworkSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.TrainingSpec;

/**
 * Network (width, sigma_a, zero initial output, frequency sampling) and training (learning rate,
 * steps, seed, snapshot rate); hidden layers, activation and optimizer are shown read-only.
 */
public final class NetworkPanelController extends PanelController {

    @FXML private SliderField width;
    @FXML private SliderField sigmaA;
    @FXML private CheckBox zeroInitialOutput;
    @FXML private ComboBox<FrequencySampler.Mode> sampling;
    @FXML private Label architecture;
    @FXML private SliderField learningRate;
    @FXML private SliderField steps;
    @FXML private TextField seed;
    @FXML private SliderField snapshotEvery;

    @FXML
    private void initialize() {
        for (SliderField f : List.of(width, sigmaA)) {
            f.setOnChange(v -> edit(s -> s.withNetwork(network(s))));
        }
        zeroInitialOutput.setOnAction(e -> edit(s -> s.withNetwork(network(s))));
        sampling.getItems().setAll(FrequencySampler.Mode.values());
        // Named as in session files and the docs: stratified, iid.
        sampling.setConverter(new StringConverter<>() {
            @Override
            public String toString(FrequencySampler.Mode mode) {
                return mode == null ? "" : mode.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public FrequencySampler.Mode fromString(String text) {
                return FrequencySampler.Mode.valueOf(text.toUpperCase(Locale.ROOT));
            }
        });
        sampling.setOnAction(e -> {
            if (sampling.getValue() != null && sampling.getValue() != model.getSession().network().sampling()) {
                edit(s -> s.withNetwork(network(s)));
            }
        });
        for (SliderField f : List.of(learningRate, steps, snapshotEvery)) {
            f.setOnChange(v -> edit(s -> s.withTraining(training(s))));
        }
        seed.setOnAction(e -> edit(s -> s.withTraining(training(s))));
        seed.focusedProperty().addListener((obs, was, now) -> {
            if (!now && model != null) {
                edit(s -> s.withTraining(training(s)));
            }
        });
    }

    /** The controls' values over the current network (hidden layers and activation come from the file). */
    private NetworkSpec network(Session s) {
        NetworkSpec current = s.network();
        return new NetworkSpec((int) width.getValue(), sigmaA.getValue(), zeroInitialOutput.isSelected(), sampling.getValue(),
                current.hiddenLayers(), current.activation());
    }

    private TrainingSpec training(Session s) {
        long seedValue;
        try {
            seedValue = Long.parseLong(seed.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("training.seed: \"" + seed.getText() + "\" is not a whole number");
        }
        return new TrainingSpec(learningRate.getValue(), (int) steps.getValue(), seedValue, (int) snapshotEvery.getValue(),
                s.training().optimizer());
    }

    @Override
    protected void show(Session session) {
        width.setValue(session.network().width());
        sigmaA.setValue(session.network().sigmaA());
        zeroInitialOutput.setSelected(session.network().zeroInitialOutput());
        sampling.setValue(session.network().sampling());
        architecture.setText(ArchitectureText.summary(session));
        learningRate.setValue(session.training().learningRate());
        steps.setValue(session.training().steps());
        seed.setText(Long.toString(session.training().seed()));
        snapshotEvery.setValue(session.training().snapshotEvery());
    }
}
