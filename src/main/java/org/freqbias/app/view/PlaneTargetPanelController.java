package org.freqbias.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.freqbias.core.session.ImageFile;
import org.freqbias.core.session.PlaneSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.UserTargets;
import org.freqbias.core.target.Checkerboard;
import org.freqbias.core.target.FormulaTarget2D;
import org.freqbias.core.target.PlaneWave;
import org.freqbias.core.target.PlaneWaves;
import org.freqbias.core.target.Target2D;

/**
 * The target of a 2D session: plane waves under an envelope (vectors and amplitudes typed as
 * lists), a checkerboard (cells per side), an image (Open PNG…) or a formula in x1, x2 (a bad one
 * shows its position and keeps the text and the target). Hidden for 1D sessions.
 */
public final class PlaneTargetPanelController extends PanelController {

    static final String WAVES = "plane waves";
    static final String CHECKERBOARD = "checkerboard";
    static final String IMAGE = "image";
    static final String FORMULA = "formula in x1, x2";
    private static final String DEFAULT_FORMULA = "sin(3*x1) * cos(2*x2) * exp(-(x1^2 + x2^2)/8)";

    @FXML private ComboBox<String> planeType;
    @FXML private TextField vectors;
    @FXML private TextField waveAmplitudes;
    @FXML private SliderField planeEnvelope;
    @FXML private SliderField cells;
    @FXML private Label imagePath;
    @FXML private Node wavesBox;
    @FXML private Node checkerBox;
    @FXML private Node imageBox;
    @FXML private Node planeFormulaBox;
    @FXML private TextField planeExpression;
    @FXML private Label planeFormulaProblem;

    private final FileDialog imageDialog = new FileDialog(
            new FileChooser.ExtensionFilter("Images (*.png, *.jpg, *.gif)", "*.png", "*.jpg", "*.jpeg", "*.gif"));

    @FXML
    private void initialize() {
        planeType.getItems().setAll(WAVES, CHECKERBOARD, IMAGE, FORMULA);
        planeExpression.setOnAction(e -> applyFormula());
        planeFormulaProblem.managedProperty().bind(planeFormulaProblem.visibleProperty());
        planeType.setOnAction(e -> typeChosen());
        vectors.setOnAction(e -> editWaves());
        waveAmplitudes.setOnAction(e -> editWaves());
        for (TextField f : List.of(vectors, waveAmplitudes)) {
            f.focusedProperty().addListener((obs, was, now) -> {
                if (!now && model != null && model.getSession().isPlane()) {
                    editWaves();
                }
            });
        }
        planeEnvelope.setOnChange(v -> editWaves());
        cells.setOnChange(v -> editTarget(new Checkerboard((int) cells.getValue(), model.getSession().domain().halfWidth())));
    }

    private void typeChosen() {
        String t = planeType.getValue();
        if (t == null || model == null || !model.getSession().isPlane() || t.equals(typeOf(model.getSession().plane().target()))) {
            return;
        }
        switch (t) {
            case WAVES -> editTarget(new PlaneWaves(planeEnvelope.getValue(), List.of(new PlaneWave(3, 0, 1))));
            case CHECKERBOARD -> editTarget(new Checkerboard((int) cells.getValue(), model.getSession().domain().halfWidth()));
            case FORMULA -> {
                planeExpression.setText(DEFAULT_FORMULA);
                applyFormula();
            }
            default -> {
                openImage();
                show(model.getSession()); // cancelled or refused: show the target in force
            }
        }
    }

    /** Applies the typed formula (keeping the nominal peaks of a formula in force). */
    private void applyFormula() {
        FormulaInput.apply(planeExpression, planeFormulaProblem, model, text -> {
            Session s = model.getSession();
            double[][] peaks = s.plane().target() instanceof FormulaTarget2D f ? f.nominalPeaks() : new double[0][];
            model.apply(s.withPlane(new PlaneSpec(UserTargets.formula2D(text, peaks, s.domain()), s.plane().shape())));
        });
    }

    private void editWaves() {
        edit(s -> s.withPlane(new PlaneSpec(new PlaneWaves(planeEnvelope.getValue(), waves()), s.plane().shape())));
    }

    private void editTarget(Target2D target) {
        edit(s -> s.withPlane(new PlaneSpec(target, s.plane().shape())));
    }

    /** The plane waves the two text fields describe; throws IllegalArgumentException when they are invalid. */
    private List<PlaneWave> waves() {
        String[] parts = vectors.getText().trim().split("\\s*;\\s*");
        double[] a = TargetPanelController.numbers(waveAmplitudes.getText(), "amplitudes");
        if (parts.length != a.length) {
            throw new IllegalArgumentException("target: " + parts.length + " frequency vectors but " + a.length
                    + " amplitudes; give one amplitude per vector");
        }
        List<PlaneWave> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            double[] xi = TargetPanelController.numbers(parts[i], "frequency vectors");
            if (xi.length != 2) {
                throw new IllegalArgumentException("target frequency vector " + (i + 1) + ": \"" + parts[i]
                        + "\" needs two numbers ξ₁ ξ₂; separate vectors by semicolons, e.g. 3 0; 2 5");
            }
            out.add(new PlaneWave(xi[0], xi[1], a[i]));
        }
        return out;
    }

    @FXML
    private void openImage() {
        imageDialog.open(planeType.getScene().getWindow(), "Open a PNG as the target").ifPresent(model::openImage);
    }

    @Override
    protected void show(Session session) {
        if (!session.isPlane()) {
            return;
        }
        Target2D t = session.plane().target();
        String type = typeOf(t);
        planeType.setValue(type);
        visible(wavesBox, WAVES.equals(type));
        visible(checkerBox, CHECKERBOARD.equals(type));
        visible(imageBox, IMAGE.equals(type));
        visible(planeFormulaBox, FORMULA.equals(type));
        planeFormulaProblem.setVisible(false);
        if (t instanceof PlaneWaves w) {
            vectors.setText(w.components().stream().map(c -> number(c.frequency1()) + " " + number(c.frequency2()))
                    .collect(Collectors.joining("; ")));
            waveAmplitudes.setText(w.components().stream().map(c -> number(c.amplitude())).collect(Collectors.joining(", ")));
            planeEnvelope.setValue(w.envelopeWidth());
        } else if (t instanceof Checkerboard c) {
            cells.setValue(c.cells());
        } else if (t instanceof ImageFile f) {
            imagePath.setText("Image: " + f.path());
        } else if (t instanceof FormulaTarget2D f) {
            planeExpression.setText(f.expression());
        }
    }

    private static void visible(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    static String typeOf(Target2D t) {
        if (t instanceof Checkerboard) {
            return CHECKERBOARD;
        } else if (t instanceof FormulaTarget2D) {
            return FORMULA;
        }
        return t instanceof PlaneWaves ? WAVES : IMAGE;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%s", v);
    }
}
