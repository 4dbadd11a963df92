package org.freqbias.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.freqbias.core.session.Session;
import org.freqbias.core.target.SineComponent;
import org.freqbias.core.target.SquareWave;
import org.freqbias.core.target.Target;
import org.freqbias.core.target.WavePacket;

/**
 * The target: a wave packet (envelope width and components), plain sines, or a square wave.
 * Components are typed as comma-separated frequencies and amplitudes.
 */
public final class TargetPanelController extends PanelController {

    private static final String PACKET = "wave packet";
    private static final String SINES = "sum of sines";
    private static final String SQUARE = "square wave";

    @FXML private ComboBox<String> type;
    @FXML private TextField frequencies;
    @FXML private TextField amplitudes;
    @FXML private SliderField envelope;
    @FXML private SliderField squareFrequency;
    @FXML private SliderField squareAmplitude;
    @FXML private SliderField harmonics;
    @FXML private Node componentsBox;
    @FXML private Node squareBox;

    @FXML
    private void initialize() {
        type.getItems().setAll(PACKET, SINES, SQUARE);
        type.setOnAction(e -> {
            if (type.getValue() != null && !type.getValue().equals(typeOf(model.getSession().target()))) {
                edit(s -> s.withTarget(build()));
            }
        });
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
        type.setValue(typeOf(t));
        boolean square = t instanceof SquareWave;
        componentsBox.setVisible(!square);
        componentsBox.setManaged(!square);
        squareBox.setVisible(square);
        squareBox.setManaged(square);
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
        }
    }

    private static String typeOf(Target t) {
        if (t instanceof SquareWave) {
            return SQUARE;
        }
        return t instanceof WavePacket p && Double.isInfinite(p.envelopeWidth()) ? SINES : PACKET;
    }

    private static String join(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%s", v == Math.rint(v) ? Long.toString(Math.round(v)) : v.toString()))
                .collect(Collectors.joining(", "));
    }
}
