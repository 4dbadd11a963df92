package org.freqbias.app.model;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.freqbias.app.chart.KernelView;
import org.freqbias.core.experiment.PlaneSetup;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.freqbias.core.session.Session;

/**
 * The FX-thread side of one kernel-view overlay, for sessions of either dimension: whether the user
 * wants it shown, which configuration is asked of its {@link ReferenceFlowService} (one per
 * dimension, the session's picks), whether it is still computing, and the result to draw. Request
 * ids count across both services, so only the result of the newest request is taken, whichever
 * dimension computed it; it is handed out only for a setup of the same configuration, so a result
 * of an old configuration is never drawn.
 */
final class ReferenceOverlay implements AutoCloseable {

    private final ReferenceFlowService<Setup, SpectrumTrajectory> line;
    private final ReferenceFlowService<PlaneSetup, SpectrumTrajectory> plane;
    private final BooleanProperty shown;
    private final ReadOnlyBooleanWrapper computing;
    private final ReadOnlyDoubleWrapper millis;
    private long requests;
    /** The configuration last asked for; null while the overlay is off or the session is deep. */
    private Session requested;
    private ReferenceResult<?> result;

    ReferenceOverlay(KernelView view) {
        line = ReferenceFlowService.line(view);
        plane = ReferenceFlowService.plane(view);
        String name = view.flowName();
        shown = new SimpleBooleanProperty(this, name + "Shown");
        computing = new ReadOnlyBooleanWrapper(this, name + "Computing");
        millis = new ReadOnlyDoubleWrapper(this, name + "Millis", Double.NaN);
    }

    /**
     * Asks for the flow of {@code session} (either dimension) when the overlay is shown and the
     * network has 2 layers (both kernels are the 2-layer ones); a configuration already asked for
     * is not asked again.
     *
     * @return true when what is drawn changes (the old result is dropped at once)
     */
    boolean update(Session session) {
        Session wanted = shown.get() && !session.network().isDeep() ? ReferenceFlowService.configuration(session) : null;
        if (wanted == null ? requested == null : wanted.equals(requested)) {
            return false;
        }
        requested = wanted;
        boolean wasShown = result != null;
        result = null;
        computing.set(wanted != null);
        if (wanted != null) {
            (wanted.isPlane() ? plane : line).request(++requests, wanted);
        }
        return wasShown;
    }

    /**
     * Takes the service's newest result if it answers the newest request; failures go to
     * {@code onError}. Returns true when there is a new result to draw.
     */
    boolean drain(Consumer<String> onError) {
        ReferenceResult<?> lineResult = line.poll();
        ReferenceResult<?> planeResult = plane.poll();
        ReferenceResult<?> r = planeResult != null && planeResult.id() == requests ? planeResult : lineResult;
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
        return resultFor(setup.session()) instanceof SpectrumTrajectory t ? t : null;
    }

    /** The 2D trajectory computed for exactly the configuration of {@code setup}, or null. */
    SpectrumTrajectory trajectoryFor(PlaneSetup setup) {
        return resultFor(setup.session()) instanceof SpectrumTrajectory t ? t : null;
    }

    private Object resultFor(Session session) {
        return result != null && result.configuration().equals(ReferenceFlowService.configuration(session))
                ? result.trajectory() : null;
    }

    /** Whether the user wants this view drawn; off at start. */
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
        line.close();
        plane.close();
    }
}
