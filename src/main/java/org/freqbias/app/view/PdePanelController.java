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
    @FXML private Label kernelAgreementName;
    @FXML private Label kernelTimeName;

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
        solveTime.textProperty().bind(Bindings.createStringBinding(
                () -> Double.isNaN(m.solveMillisProperty().get()) ? "–"
                        : String.format("%.0f ms", m.solveMillisProperty().get()),
                m.solveMillisProperty()));
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

    private String kernelTimeText() {
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
        // The kernel limit is computed for 1D sessions only so far.
        for (javafx.scene.Node n : java.util.List.of(kernelLimit, kernelAgreementName, kernelAgreement, kernelTimeName, kernelTime)) {
            n.setVisible(!session.isPlane());
            n.setManaged(!session.isPlane());
        }
        elements.setValue(session.pde().elements());
        maxFrequency.setValue(session.pde().maxFrequency());
        diffusion.setSelected(session.pde().diffusion());
        double xi = session.pde().halfWidth(session.domain().nyquist());
        String nyquist = session.pde().maxFrequency() == 0 ? " (Nyquist)" : "";
        int e = session.pde().elements();
        range.setText(session.isPlane()
                ? String.format("Solved on [−Ξ, Ξ]² with Ξ = %.4g%s, %d × %d P1 mesh (triangles)", xi, nyquist, e, e)
                : String.format("Solved on [−Ξ, Ξ] with Ξ = %.4g%s", xi, nyquist));
    }
}
