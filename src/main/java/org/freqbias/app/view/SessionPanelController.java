package org.freqbias.app.view;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;

/**
 * Session picker: the shipped samples (1D, then 2D), Open and Save, and the session's name and
 * description, both editable (applied on Enter or when the field loses focus) and saved with it.
 */
public final class SessionPanelController extends PanelController {

    @FXML private ComboBox<String> samples;
    @FXML private TextField sessionName;
    @FXML private TextArea description;
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
        sessionName.setOnAction(e -> applyName());
        sessionName.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                applyName();
            }
        });
        description.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !description.getText().equals(model.getSession().description())) {
                edit(s -> s.withDescription(description.getText()));
            }
        });
        super.init(m);
    }

    private void applyName() {
        if (!sessionName.getText().equals(model.getSession().name())) {
            edit(s -> s.withName(sessionName.getText()));
        }
    }

    @Override
    protected void show(Session session) {
        if (SessionFiles.allSamples().contains(session.name())) {
            samples.setValue(session.name());
        } else {
            samples.setValue(null);
            samples.setPromptText(session.name());
        }
        sessionName.setText(session.name());
        description.setText(session.description());
    }
}
