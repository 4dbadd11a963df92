package org.freqbias.app.model;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * The FX-thread side of one kernel flow drawn over the charts, for sessions of either dimension:
 * whether the user wants it shown, which configuration is asked of its {@link KernelFlowService},
 * whether it is still computing, and the result to draw. Only the result of the newest request is
 * taken, and it is handed out only for a setup of the same configuration, so a result of an old
 * configuration is never drawn.
 */
final class KernelFlowOverlay implements AutoCloseable {

    private final KernelFlowService service;
    private final BooleanProperty shown;
    private final ReadOnlyBooleanWrapper computing;
    private final ReadOnlyDoubleWrapper millis;
    private long requests;
    /** The configuration last asked for; null while the overlay is off or the session is deep. */
    private Session requested;
    private KernelFlowResult result;

    KernelFlowOverlay(KernelFlowKind kind) {
        service = new KernelFlowService(kind);
        String name = kind.shortName();
        shown = new SimpleBooleanProperty(this, name + "Shown");
        computing = new ReadOnlyBooleanWrapper(this, name + "Computing");
        millis = new ReadOnlyDoubleWrapper(this, name + "Millis", Double.NaN);
    }

    /**
     * Asks for the flow of {@code session} when the overlay is shown and the network has 2 layers
     * (both kernels are the 2-layer ones); a configuration already asked for is not asked again.
     *
     * @return true when what is drawn changes (the old result is dropped at once)
     */
    boolean update(Session session) {
        Session wanted = shown.get() && !session.network().isDeep() ? Setup.configuration(session) : null;
        if (wanted == null ? requested == null : wanted.equals(requested)) {
            return false;
        }
        requested = wanted;
        boolean wasShown = result != null;
        result = null;
        computing.set(wanted != null);
        if (wanted != null) {
            service.request(++requests, wanted);
        }
        return wasShown;
    }

    /**
     * Takes the service's newest result if it answers the newest request; failures go to
     * {@code onError}. Returns true when there is a new result to draw.
     */
    boolean drain(Consumer<String> onError) {
        KernelFlowResult r = service.poll();
        if (r == null || requested == null || r.id() != requests) {
            return false;
        }
        computing.set(false);
        if (r.error() != null) {
            onError.accept(r.error());
            return false;
        }
        result = r;
        millis.set(r.millis());
        return true;
    }

    /** The trajectory computed for exactly the configuration of {@code setup}, or null. */
    SpectrumTrajectory trajectoryFor(Setup setup) {
        return result != null && result.configuration().equals(Setup.configuration(setup.session()))
                ? result.trajectory() : null;
    }

    /** Whether the user wants this flow drawn; off at start. */
    BooleanProperty shownProperty() {
        return shown;
    }

    ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Wall time of the last computation, NaN before the first. */
    ReadOnlyDoubleProperty millisProperty() {
        return millis.getReadOnlyProperty();
    }

    @Override
    public void close() {
        service.close();
    }
}
