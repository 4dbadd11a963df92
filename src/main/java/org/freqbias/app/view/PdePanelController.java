package org.freqbias.app.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.PdeSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionCodec;

/**
 * The PDE side panel: mesh size, frequency range, diffusion on/off, the kernel flows (kernel
 * limit, linearized network) on/off, live agreements and computation times, and, for a deep
 * network, the note that the PDE is only the 2-layer reference (the kernel flows are then
 * disabled, a tooltip says why).
 */
public final class PdePanelController extends PanelController {

    @FXML private SliderField elements;
    @FXML private SliderField maxFrequency;
    @FXML private CheckBox diffusion;
    @FXML private CheckBox kernelLimit;
    @FXML private StackPane kernelLimitHolder;
    @FXML private CheckBox linearized;
    @FXML private StackPane linearizedHolder;
    @FXML private Label equation;
    @FXML private Label range;
    @FXML private Label referenceNote;
    @FXML private Label agreement;
    @FXML private Label solveTime;
    @FXML private Label kernelAgreement;
    @FXML private Label kernelTime;
    @FXML private Label linearizedDistance;
    @FXML private Label linearizedTime;
    @FXML private Label kernelAgreementName;
    @FXML private Label kernelTimeName;
    @FXML private Label linearizedDistanceName;
    @FXML private Label linearizedTimeName;

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
        BooleanBinding deep = Bindings.createBooleanBinding(() -> m.getSession().network().isDeep(), m.sessionProperty());
        bindKernelFlow(KernelFlowKind.KERNEL_LIMIT, kernelLimit, kernelLimitHolder, kernelTime, deep);
        bindKernelFlow(KernelFlowKind.LINEARIZED, linearized, linearizedHolder, linearizedTime, deep);
        kernelAgreement.textProperty().bind(percent(m.kernelAgreementProperty()));
        linearizedDistance.textProperty().bind(percent(m.linearizedDistanceProperty()));
    }

    /**
     * Binds {@code box} to whether the kernel flow of {@code kind} is shown and {@code time} to its
     * computation time. For a deep network the box is disabled; a disabled control shows no tooltip,
     * so the reason goes on its {@code holder}.
     */
    private void bindKernelFlow(KernelFlowKind kind, CheckBox box, StackPane holder, Label time, BooleanBinding deep) {
        box.setText(kind.label());
        box.selectedProperty().bindBidirectional(model.kernelFlowShownProperty(kind));
        box.disableProperty().bind(deep);
        Tooltip why = new Tooltip("The " + kind.label() + " needs a 2-layer network: its kernel is the 2-layer one, "
                + "and this session has hidden layers.");
        why.setWrapText(true);
        why.setMaxWidth(420);
        deep.addListener((obs, was, isDeep) -> installWhenDisabled(holder, why, isDeep));
        installWhenDisabled(holder, why, deep.get());
        time.textProperty().bind(Bindings.createStringBinding(() -> timeText(kind),
                model.kernelFlowShownProperty(kind), model.kernelFlowComputingProperty(kind),
                model.kernelFlowMillisProperty(kind), deep));
    }

    private static void installWhenDisabled(StackPane holder, Tooltip why, boolean disabled) {
        if (disabled) {
            Tooltip.install(holder, why);
        } else {
            Tooltip.uninstall(holder, why);
        }
    }

    private static javafx.beans.binding.StringBinding percent(ReadOnlyDoubleProperty fraction) {
        return Bindings.createStringBinding(
                () -> Double.isNaN(fraction.get()) ? "–" : String.format("%.1f %%", 100 * fraction.get()), fraction);
    }

    private String timeText(KernelFlowKind kind) {
        if (model.getSession().network().isDeep()) {
            return "2-layer networks only";
        }
        if (!model.kernelFlowShownProperty(kind).get()) {
            return "–";
        }
        if (model.kernelFlowComputingProperty(kind).get()) {
            return "computing…";
        }
        double ms = model.kernelFlowMillisProperty(kind).get();
        if (Double.isNaN(ms)) {
            return "–";
        }
        return ms < 10_000 ? String.format("%.0f ms", ms) : String.format("%.1f s", ms / 1000);
    }

    /**
     * The PDE as text whose lines may break only between terms: inside a term the spaces are
     * no-break spaces (U+00A0), so a narrow panel never splits "∂ξ(ρ ∂ξu)" in two.
     */
    public static String equation(boolean plane) {
        String[] terms = plane
                ? new String[] {"du/dt =", "(2π)² [σₐ² ∇·(ρ ∇u)", "− ρ u]", "on [−Ξ, Ξ]²"}
                : new String[] {"du/dt =", "2π [σₐ² ∂ξ(ρ ∂ξu)", "− ρ u]"};
        return String.join(" ", java.util.Arrays.stream(terms).map(t -> t.replace(' ', '\u00A0')).toList());
    }

    private PdeSpec pde() {
        return new PdeSpec((int) elements.getValue(), maxFrequency.getValue(), diffusion.isSelected());
    }

    @Override
    protected void show(Session session) {
        equation.setText(equation(session.isPlane()));
        referenceNote.setText(ArchitectureText.pdeReferenceNote(session.network()));
        referenceNote.setVisible(session.network().isDeep());
        // 2D: elements per axis, and a sparse factorization of (n + 1)^2 unknowns.
        elements.setMax(session.isPlane() ? SessionCodec.MAX_ELEMENTS_2D : PdeSpec.MAX_ELEMENTS);
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
