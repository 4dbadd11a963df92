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
import org.freqbias.app.chart.FitChart;
import org.freqbias.core.session.CsvFile;
import org.freqbias.core.session.UserTargets;
import org.freqbias.core.session.Session;
import org.freqbias.core.target.FormulaTarget;
import org.freqbias.core.target.SampledTarget;
import org.freqbias.core.target.SineComponent;
import org.freqbias.core.target.Sketch;
import org.freqbias.core.target.SquareWave;
import org.freqbias.core.target.Target;
import org.freqbias.core.target.WavePacket;

/**
 * The target: a wave packet (envelope width and components), plain sines, a square wave, a formula
 * in x, the rows of a CSV file (Open CSV…) or a curve sketched on the fit chart. Components are
 * typed as comma-separated frequencies and amplitudes. A bad formula shows its position and keeps
 * both the text typed and the target in force.
 */
public final class TargetPanelController extends PanelController {

    private static final String PACKET = "wave packet";
    private static final String SINES = "sum of sines";
    private static final String SQUARE = "square wave";
    static final String FORMULA = "formula in x";
    static final String CSV = "CSV file";
    static final String SKETCH = "sketched curve";
    private static final String DEFAULT_FORMULA = "sin(3*x) * exp(-x^2/2)";

    @FXML private ComboBox<String> type;
    @FXML private TextField frequencies;
    @FXML private TextField amplitudes;
    @FXML private SliderField envelope;
    @FXML private SliderField squareFrequency;
    @FXML private SliderField squareAmplitude;
    @FXML private SliderField harmonics;
    @FXML private Node componentsBox;
    @FXML private Node squareBox;
    @FXML private Node formulaBox;
    @FXML private TextField expression;
    @FXML private Label formulaProblem;
    @FXML private Node csvBox;
    @FXML private Label csvPath;
    @FXML private Node sketchBox;
    private FitChart fitChart;
    private final FileDialog csvDialog = new FileDialog(
            new FileChooser.ExtensionFilter("CSV (*.csv, *.txt)", "*.csv", "*.txt"), new FileChooser.ExtensionFilter("All files", "*"));

    @FXML
    private void initialize() {
        type.getItems().setAll(PACKET, SINES, SQUARE, FORMULA, CSV, SKETCH);
        type.setOnAction(e -> {
            String chosen = type.getValue();
            if (chosen == null || model == null || chosen.equals(typeOf(model.getSession().target()))) {
                return;
            }
            switch (chosen) {
                case FORMULA -> {
                    expression.setText(DEFAULT_FORMULA);
                    applyFormula();
                }
                case CSV -> {
                    openCsv();
                    show(model.getSession()); // cancelled or refused: the target in force
                }
                case SKETCH -> {
                    showBoxes(SKETCH);
                    sketch();
                }
                default -> edit(s -> s.withTarget(build()));
            }
        });
        expression.setOnAction(e -> applyFormula());
        formulaProblem.managedProperty().bind(formulaProblem.visibleProperty());
        frequencies.setOnAction(e -> edit(s -> s.withTarget(build())));
        amplitudes.setOnAction(e -> edit(s -> s.withTarget(build())));
        for (TextField f : List.of(frequencies, amplitudes)) {
            f.focusedProperty().addListener((obs, was, now) -> {
                if (!now && model != null) {
                    edit(s -> s.withTarget(build()));
                }
            });
        }
        for (SliderField f : List.of(envelope, squareFrequency, squareAmplitude, harmonics)) {
            f.setOnChange(v -> edit(s -> s.withTarget(build())));
        }
    }

    /** Lets "Sketch on the fit chart" draw on {@code chart}. */
    void connectSketch(FitChart chart) {
        fitChart = chart;
    }

    /** Applies the typed formula (keeping the nominal peaks of a formula in force). */
    private void applyFormula() {
        FormulaInput.apply(expression, formulaProblem, model, text -> {
            Session s = model.getSession();
            double[] peaks = s.target() instanceof FormulaTarget f ? f.peaks() : new double[0];
            model.apply(s.withTarget(UserTargets.formula(text, peaks, s.domain())));
        });
    }

    @FXML
    private void openCsv() {
        csvDialog.open(type.getScene().getWindow(), "Open a CSV file of x,y rows as the target").ifPresent(model::openCsv);
    }

    /** Puts the fit chart in sketch mode; the stroke becomes the target (smoothed samples). */
    @FXML
    private void sketch() {
        if (fitChart == null) {
            return;
        }
        model.info("Sketch the target on the fit chart: press, drag across, release (Esc cancels)");
        fitChart.startSketch(stroke -> edit(s -> s.withTarget(Sketch.toTarget(stroke[0], stroke[1], s.domain().spacing()))),
                () -> {
                    model.info("Sketch cancelled; the target stays");
                    show(model.getSession());
                });
    }

    /** The target the controls describe; throws IllegalArgumentException when they are invalid. */
    private Target build() {
        String t = type.getValue();
        if (SQUARE.equals(t)) {
            return new SquareWave(squareFrequency.getValue(), squareAmplitude.getValue(), (int) harmonics.getValue());
        }
        List<SineComponent> components = components();
        return PACKET.equals(t) ? new WavePacket(envelope.getValue(), components) : WavePacket.sines(components);
    }

    private List<SineComponent> components() {
        double[] f = numbers(frequencies.getText(), "frequencies");
        double[] a = numbers(amplitudes.getText(), "amplitudes");
        if (f.length != a.length) {
            throw new IllegalArgumentException("target: " + f.length + " frequencies but " + a.length
                    + " amplitudes; give one amplitude per frequency");
        }
        List<SineComponent> out = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            out.add(new SineComponent(f[i], a[i]));
        }
        return out;
    }

    /** The numbers in {@code text}, separated by commas, semicolons or spaces; names {@code what} when one is not a number. */
    static double[] numbers(String text, String what) {
        String[] parts = text.trim().split("[,;\\s]+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("target " + what + ": \"" + parts[i]
                        + "\" is not a number; type numbers separated by commas, e.g. 2, 6, 11");
            }
        }
        return out;
    }

    @Override
    protected void show(Session session) {
        if (session.isPlane()) {
            return; // the 2D target has its own panel
        }
        Target t = session.target();
        String kind = typeOf(t);
        type.setValue(kind);
        showBoxes(kind);
        formulaProblem.setVisible(false);
        if (t instanceof WavePacket p) {
            frequencies.setText(join(p.components().stream().map(SineComponent::frequency).toList()));
            amplitudes.setText(join(p.components().stream().map(SineComponent::amplitude).toList()));
            boolean packet = !Double.isInfinite(p.envelopeWidth());
            envelope.setVisible(packet);
            envelope.setManaged(packet);
            if (packet) {
                envelope.setValue(p.envelopeWidth());
            }
        } else if (t instanceof SquareWave w) {
            squareFrequency.setValue(w.frequency());
            squareAmplitude.setValue(w.amplitude());
            harmonics.setValue(w.harmonics());
        } else if (t instanceof FormulaTarget f) {
            expression.setText(f.expression());
        } else if (t instanceof CsvFile c) {
            csvPath.setText("File: " + c.path() + " (" + c.samples().points().length + " rows)");
        }
    }

    /** Shows the controls of the target type {@code kind} only. */
    private void showBoxes(String kind) {
        visible(componentsBox, PACKET.equals(kind) || SINES.equals(kind));
        visible(squareBox, SQUARE.equals(kind));
        visible(formulaBox, FORMULA.equals(kind));
        visible(csvBox, CSV.equals(kind));
        visible(sketchBox, SKETCH.equals(kind));
    }

    private static void visible(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static String typeOf(Target t) {
        if (t instanceof SquareWave) {
            return SQUARE;
        } else if (t instanceof FormulaTarget) {
            return FORMULA;
        } else if (t instanceof CsvFile) {
            return CSV;
        } else if (t instanceof SampledTarget) {
            return SKETCH;
        }
        return t instanceof WavePacket p && Double.isInfinite(p.envelopeWidth()) ? SINES : PACKET;
    }

    private static String join(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%s", v == Math.rint(v) ? Long.toString(Math.round(v)) : v.toString()))
                .collect(Collectors.joining(", "));
    }
}
