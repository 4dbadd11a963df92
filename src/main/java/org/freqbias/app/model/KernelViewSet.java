package org.freqbias.app.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import org.freqbias.app.chart.KernelView;
import org.freqbias.core.session.Session;

/**
 * The kernel views, one {@link ReferenceOverlay} each: asks for those shown for the current
 * session, takes their newest results once per frame and hands out the ones computed for a run's
 * setup. FX thread only.
 */
final class KernelViewSet implements AutoCloseable {

    private final Map<KernelView, ReferenceOverlay> overlays = new EnumMap<>(KernelView.class);

    /** One overlay per view, all off; {@code onToggle} runs when the user switches one on or off. */
    KernelViewSet(Runnable onToggle) {
        for (KernelView v : KernelView.values()) {
            ReferenceOverlay overlay = new ReferenceOverlay(v);
            overlays.put(v, overlay);
            overlay.shownProperty().addListener((obs, was, on) -> onToggle.run());
        }
    }

    /**
     * Asks for each view of {@code session} that is shown and not yet asked for.
     *
     * @return true when what is drawn changes (an old result was dropped)
     */
    boolean update(Session session) {
        boolean changed = false;
        for (ReferenceOverlay overlay : overlays.values()) {
            changed |= overlay.update(session);
        }
        return changed;
    }

    /** Takes each view's newest result, failures to {@code onError}; true when one arrived. */
    boolean drain(Consumer<String> onError) {
        boolean changed = false;
        for (ReferenceOverlay overlay : overlays.values()) {
            changed |= overlay.drain(onError);
        }
        return changed;
    }

    /** The views computed for a run, by view: {@code trajectory} reads an overlay's for the run (null: none). */
    <T> Map<KernelView, T> computed(Function<ReferenceOverlay, T> trajectory) {
        Map<KernelView, T> views = new EnumMap<>(KernelView.class);
        overlays.forEach((v, overlay) -> {
            T t = trajectory.apply(overlay);
            if (t != null) {
                views.put(v, t);
            }
        });
        return views;
    }

    BooleanProperty shownProperty(KernelView view) {
        return overlays.get(view).shownProperty();
    }

    ReadOnlyBooleanProperty computingProperty(KernelView view) {
        return overlays.get(view).computingProperty();
    }

    ReadOnlyDoubleProperty millisProperty(KernelView view) {
        return overlays.get(view).millisProperty();
    }

    @Override
    public void close() {
        overlays.values().forEach(ReferenceOverlay::close);
    }
}
