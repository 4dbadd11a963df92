package org.freqbias.app.view;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.freqbias.app.chart.LearningTimeChart;
import org.freqbias.core.dist.DensityPoints;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Laplace;
import org.freqbias.core.dist.Mixture;
import org.freqbias.core.dist.PiecewiseLinearDensity;
import org.freqbias.core.dist.Ramp;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.session.PlaneSpec;
import org.freqbias.core.session.Session;

/**
 * The frequency distribution rho: a family and a slider per parameter, with a live plot of rho
 * over a histogram of the network's sampled frequencies. A mixture's weight is edited here; its
 * two components come from the session file. A drawn density ({@code custom}) is edited on the
 * plot itself ({@link RhoPointEditor}); "Edit as points" turns any family into one
 * ({@link DensityPoints}). Below, the inverse design ({@link DesignPanelController}).
 */
public final class DistributionPanelController extends PanelController {

    private static final String CUSTOM = "custom (drawn points)";
    private static final List<String> FAMILIES = List.of("gaussian", "uniform", "laplace", "ramp", "mixture", CUSTOM);

    @FXML private ComboBox<String> family;
    @FXML private ComboBox<PlaneSpec.Shape> shape;
    @FXML private Node shapeBox;
    @FXML private SliderField sigma;
    @FXML private SliderField band;
    @FXML private SliderField scale;
    @FXML private SliderField power;
    @FXML private SliderField weight;
    @FXML private Label mixtureNote;
    @FXML private RhoPreview preview;
    @FXML private Button editAsPoints;
    @FXML private Label editHint;
    @FXML private DesignPanelController designController;
    private RhoPointEditor editor;

    @FXML
    private void initialize() {
        family.getItems().setAll(FAMILIES);
        family.setOnAction(e -> {
            if (family.getValue() != null && !family.getValue().equals(familyOf(model.getSession().distribution()))) {
                edit(s -> s.withDistribution(build(s.distribution())));
            }
        });
        shape.getItems().setAll(PlaneSpec.Shape.values());
        shape.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlaneSpec.Shape s) {
                return s == null ? "" : s == PlaneSpec.Shape.RADIAL ? "radial (uniform: disk)" : "product (uniform: square)";
            }

            @Override
            public PlaneSpec.Shape fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        shape.setOnAction(e -> {
            PlaneSpec plane = model.getSession().plane();
            if (shape.getValue() != null && plane != null && shape.getValue() != plane.shape()) {
                edit(s -> s.withPlane(new PlaneSpec(s.plane().target(), shape.getValue())));
            }
        });
        for (SliderField f : List.of(sigma, band, scale, power, weight)) {
            f.setOnChange(v -> edit(s -> s.withDistribution(build(s.distribution()))));
        }
        editor = new RhoPointEditor(preview);
        editor.setOnEdit(points -> edit(s -> s.withDistribution(points.toDensity())));
        for (Node n : List.of(editAsPoints, editHint, mixtureNote)) {
            n.managedProperty().bind(n.visibleProperty());
        }
    }

    @FXML
    private void editAsPoints() {
        edit(s -> s.withDistribution(DensityPoints.of(s.distribution())));
    }

    /** Draws the wanted learning times on {@code chart} and takes the points dragged there. */
    void connectWanted(LearningTimeChart chart) {
        designController.connect(chart);
    }

    @Override
    void init(org.freqbias.app.model.ExperimentModel m) {
        super.init(m);
        designController.init(m);
        // A 2D run's frequencies are vectors: the preview shows the 1D family only.
        m.setupProperty().addListener((obs, old, setup) -> preview.showSamples(
                setup.session().isPlane() ? new double[0] : setup.initialFrequencies()));
        m.sessionProperty().addListener((obs, old, s) -> {
            if (s.isPlane()) {
                preview.showSamples(new double[0]);
            }
        });
    }

    /** The distribution the controls describe; {@code current} supplies a mixture's components. */
    private FrequencyDistribution build(FrequencyDistribution current) {
        return switch (family.getValue()) {
            case "gaussian" -> new Gaussian(sigma.getValue());
            case "uniform" -> new Uniform(band.getValue());
            case "laplace" -> new Laplace(scale.getValue());
            case "ramp" -> new Ramp(band.getValue(), power.getValue());
            case "mixture" -> current instanceof Mixture m
                    ? new Mixture(weight.getValue(), m.first(), m.second())
                    : new Mixture(weight.getValue(), new Gaussian(sigma.getValue()), new Uniform(band.getValue()));
            case CUSTOM -> current instanceof PiecewiseLinearDensity ? current : DensityPoints.of(current);
            default -> throw new IllegalArgumentException("unknown family " + family.getValue());
        };
    }

    @Override
    protected void show(Session session) {
        FrequencyDistribution d = session.distribution();
        preview.setPlane(session.isPlane());
        shapeBox.setVisible(session.isPlane());
        shapeBox.setManaged(session.isPlane());
        if (session.isPlane()) {
            shape.setValue(session.plane().shape());
        }
        String f = familyOf(d);
        family.setValue(f);
        if (d instanceof Gaussian g) {
            sigma.setValue(g.sigma());
        } else if (d instanceof Uniform u) {
            band.setValue(u.band());
        } else if (d instanceof Laplace l) {
            scale.setValue(l.scale());
        } else if (d instanceof Ramp r) {
            band.setValue(r.band());
            power.setValue(r.power());
        } else if (d instanceof Mixture m) {
            weight.setValue(m.weight());
            mixtureNote.setText("first: " + m.first().label() + "\nsecond: " + m.second().label());
        }
        visible(sigma, f.equals("gaussian"));
        visible(band, f.equals("uniform") || f.equals("ramp"));
        visible(scale, f.equals("laplace"));
        visible(power, f.equals("ramp"));
        visible(weight, f.equals("mixture"));
        mixtureNote.setVisible(f.equals("mixture"));
        editAsPoints.setVisible(!f.equals(CUSTOM));
        editHint.setVisible(f.equals(CUSTOM));
        preview.showDensity(d);
        editor.show(d instanceof PiecewiseLinearDensity p ? EditablePoints.of(p) : null);
    }

    private static void visible(SliderField f, boolean on) {
        f.setVisible(on);
        f.setManaged(on);
    }

    private static String familyOf(FrequencyDistribution d) {
        if (d instanceof Gaussian) {
            return "gaussian";
        } else if (d instanceof Uniform) {
            return "uniform";
        } else if (d instanceof Laplace) {
            return "laplace";
        } else if (d instanceof Ramp) {
            return "ramp";
        } else if (d instanceof PiecewiseLinearDensity) {
            return CUSTOM;
        }
        return "mixture";
    }
}
