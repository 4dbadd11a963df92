package org.freqbias.app.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * The kernel flows drawn over the charts, one {@link KernelFlowOverlay} per kind: asks for those
 * shown for the current session, takes their newest results once per frame and hands out the ones
 * computed for a run's setup. FX thread only.
 */
final class KernelFlowSet implements AutoCloseable {

    private final Map<KernelFlowKind, KernelFlowOverlay> overlays = new EnumMap<>(KernelFlowKind.class);

    /** One overlay per kind, all off; {@code onToggle} runs when the user switches one on or off. */
    KernelFlowSet(Runnable onToggle) {
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            KernelFlowOverlay overlay = new KernelFlowOverlay(kind);
            overlays.put(kind, overlay);
            overlay.shownProperty().addListener((obs, was, on) -> onToggle.run());
        }
    }

    /**
     * Asks for each flow of {@code session} that is shown and not yet asked for.
     *
     * @return true when what is drawn changes (an old result was dropped)
     */
    boolean update(Session session) {
        boolean changed = false;
        for (KernelFlowOverlay overlay : overlays.values()) {
            changed |= overlay.update(session);
        }
        return changed;
    }

    /** How many flows would be computed for {@code session}: those shown, none for a deep network. */
    int shownFor(Session session) {
        return session.network().isDeep() ? 0
                : (int) overlays.values().stream().filter(o -> o.shownProperty().get()).count();
    }

    /** Takes each flow's newest result, failures to {@code onError}; true when one arrived. */
    boolean drain(Consumer<String> onError) {
        boolean changed = false;
        for (KernelFlowOverlay overlay : overlays.values()) {
            changed |= overlay.drain(onError);
        }
        return changed;
    }

    /** The flows computed for a run of {@code setup}, by kind. */
    Map<KernelFlowKind, SpectrumTrajectory> computedFor(Setup setup) {
        Map<KernelFlowKind, SpectrumTrajectory> flows = new EnumMap<>(KernelFlowKind.class);
        overlays.forEach((kind, overlay) -> {
            SpectrumTrajectory t = overlay.trajectoryFor(setup);
            if (t != null) {
                flows.put(kind, t);
            }
        });
        return flows;
    }

    BooleanProperty shownProperty(KernelFlowKind kind) {
        return overlays.get(kind).shownProperty();
    }

    ReadOnlyBooleanProperty computingProperty(KernelFlowKind kind) {
        return overlays.get(kind).computingProperty();
    }

    ReadOnlyDoubleProperty millisProperty(KernelFlowKind kind) {
        return overlays.get(kind).millisProperty();
    }

    @Override
    public void close() {
        overlays.values().forEach(KernelFlowOverlay::close);
    }
}
