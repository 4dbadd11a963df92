package org.freqbias.app.view;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.session.PdeSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionCodec;

/**
 * The PDE side panel: mesh size, frequency range, diffusion on/off, the kernel-limit overlay
 * on/off, live agreements and computation times, and, for a deep network, the note that the PDE
 * is only the 2-layer reference.
 */
public final class PdePanelController extends PanelController {

    @FXML private SliderField elements;
    @FXML private SliderField maxFrequency;
    @FXML private CheckBox diffusion;
    @FXML private CheckBox kernelLimit;
    @FXML private Label equation;
    @FXML private Label range;
    @FXML private Label referenceNote;
    @FXML private Label agreement;
    @FXML private Label solveTime;
    @FXML private Label kernelAgreement;
    @FXML private Label kernelTime;

    @FXML
    private void initialize() {
        referenceNote.managedProperty().bind(referenceNote.visibleProperty());
        elements.setOnChange(v -> edit(s -> s.withPde(pde())));
        maxFrequency.setOnChange(v -> edit(s -> s.withPde(pde())));
        diffusion.setOnAction(e -> edit(s -> s.withPde(pde())));
    }

    @Override
    void init(ExperimentModel m) {
        super.init(m);
        agreement.textProperty().bind(percent(m.agreementProperty()));
        solveTime.textProperty().bind(Bindings.createStringBinding(this::solveTimeText,
                m.solveMillisProperty(), m.sessionProperty()));
        kernelLimit.selectedProperty().bindBidirectional(m.kernelLimitShownProperty());
        kernelAgreement.textProperty().bind(percent(m.kernelAgreementProperty()));
        kernelTime.textProperty().bind(Bindings.createStringBinding(this::kernelTimeText,
                m.kernelLimitShownProperty(), m.kernelLimitComputingProperty(), m.kernelLimitMillisProperty(),
                m.sessionProperty()));
    }

    private static javafx.beans.binding.StringBinding percent(ReadOnlyDoubleProperty fraction) {
        return Bindings.createStringBinding(
                () -> Double.isNaN(fraction.get()) ? "–" : String.format("%.1f %%", 100 * fraction.get()), fraction);
    }

    /** "12 ms"; in 2D with the mesh, "180 ms (64 × 64 mesh)". */
    private String solveTimeText() {
        double ms = model.solveMillisProperty().get();
        if (Double.isNaN(ms)) {
            return "–";
        }
        Session s = model.getSession();
        int e = s.pde().elements();
        return s.isPlane() ? String.format("%.0f ms (%d × %d mesh)", ms, e, e) : String.format("%.0f ms", ms);
    }

    private String kernelTimeText() {
        if (model.getSession().isPlane()) {
            return "1D sessions only, for now";
        }
        if (!model.kernelLimitShownProperty().get()) {
            return "–";
        }
        if (model.getSession().network().isDeep()) {
            return "2-layer networks only";
        }
        if (model.kernelLimitComputingProperty().get()) {
            return "computing…";
        }
        double ms = model.kernelLimitMillisProperty().get();
        return Double.isNaN(ms) ? "–" : String.format("%.0f ms", ms);
    }

    private PdeSpec pde() {
        return new PdeSpec((int) elements.getValue(), maxFrequency.getValue(), diffusion.isSelected());
    }

    @Override
    protected void show(Session session) {
        equation.setText(session.isPlane() ? "du/dt = (2π)² [σₐ² ∇·(ρ ∇u) − ρ u] on [−Ξ, Ξ]²"
                : "du/dt = 2π [σₐ² ∂ξ(ρ ∂ξu) − ρ u]");
        referenceNote.setText(ArchitectureText.pdeReferenceNote(session.network()));
        referenceNote.setVisible(session.network().isDeep());
        // 2D: elements per axis, and a sparse factorization of (n + 1)^2 unknowns.
        elements.setMax(session.isPlane() ? SessionCodec.MAX_ELEMENTS_2D : PdeSpec.MAX_ELEMENTS);
        kernelLimit.setDisable(session.isPlane());
        elements.setValue(session.pde().elements());
        maxFrequency.setValue(session.pde().maxFrequency());
        diffusion.setSelected(session.pde().diffusion());
        double xi = session.pde().halfWidth(session.domain().nyquist());
        range.setText(String.format("Solved on [−Ξ, Ξ] with Ξ = %.4g%s", xi,
                session.pde().maxFrequency() == 0 ? " (Nyquist)" : ""));
    }
}
