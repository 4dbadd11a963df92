package org.freqbias.app.model;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.pde.PdeTrajectory;
import org.freqbias.core.session.Session;

/**
 * The FX-thread side of the kernel-limit overlay: which configuration is asked of the
 * {@link KernelLimitService}, whether it is still computing, and the result to draw. Only the
 * result of the newest request is taken, and it is handed out only for a setup of the same
 * configuration, so a result of an old configuration is never drawn.
 */
final class KernelLimitOverlay implements AutoCloseable {

    private final KernelLimitService service = new KernelLimitService();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyDoubleWrapper millis = new ReadOnlyDoubleWrapper(this, "millis", Double.NaN);
    private long requests;
    /** The configuration last asked for; null while the overlay is off or the session is deep. */
    private Session requested;
    private KernelLimitResult shown;

    /**
     * Asks for the kernel limit of {@code session} when {@code on} and the network has 2 layers
     * (the PDE is exact only then); a configuration already asked for is not asked again.
     *
     * @return true when what is drawn changes (the old result is dropped at once)
     */
    boolean update(Session session, boolean on) {
        Session wanted = on && !session.network().isDeep() ? KernelLimitService.configuration(session) : null;
        if (wanted == null ? requested == null : wanted.equals(requested)) {
            return false;
        }
        requested = wanted;
        boolean wasShown = shown != null;
        shown = null;
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
        KernelLimitResult r = service.poll();
        if (r == null || requested == null || r.id() != requests) {
            return false;
        }
        computing.set(false);
        if (r.error() != null) {
            onError.accept(r.error());
            return false;
        }
        shown = r;
        millis.set(r.millis());
        return true;
    }

    /** The kernel-limit trajectory computed for exactly the configuration of {@code setup}, or null. */
    PdeTrajectory trajectoryFor(Setup setup) {
        return shown != null && shown.configuration().equals(KernelLimitService.configuration(setup.session()))
                ? shown.trajectory() : null;
    }

    ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty millisProperty() {
        return millis.getReadOnlyProperty();
    }

    @Override
    public void close() {
        service.close();
    }
}
