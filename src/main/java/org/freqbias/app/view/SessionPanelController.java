package org.freqbias.app.view;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;

/** Session picker: the shipped samples (1D, then 2D), Open and Save, and the session's description. */
public final class SessionPanelController extends PanelController {

    @FXML private ComboBox<String> samples;
    @FXML private Label description;
    @FXML private Button openSession;
    @FXML private Button saveSession;

    /** The Open and Save buttons run the window's {@code files} actions, the same as the toolbar's. */
    void init(org.freqbias.app.model.ExperimentModel m, SessionFileActions files) {
        openSession.setOnAction(e -> files.open());
        saveSession.setOnAction(e -> files.save());
        samples.getItems().setAll(SessionFiles.allSamples());
        samples.setOnAction(e -> {
            String name = samples.getValue();
            if (name != null && !name.equals(model.getSession().name())) {
                model.loadSample(name);
            }
        });
        super.init(m);
    }

    @Override
    protected void show(Session session) {
        if (SessionFiles.allSamples().contains(session.name())) {
            samples.setValue(session.name());
        } else {
            samples.setValue(null);
            samples.setPromptText(session.name());
        }
        description.setText(session.description());
    }
}
