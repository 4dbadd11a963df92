package org.freqbias.app.model;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.freqbias.core.design.Design;
import org.freqbias.core.design.InverseDesign;
import org.freqbias.core.design.WantedTimes;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.session.Session;

/**
 * The inverse design in the app: the wanted learning times (a preset or dragged points), the
 * background {@link DesignService}, its progress, and the last design applied. A result is applied
 * only to the session it was asked on (up to its rho, name and description): a design for another
 * target or network would be wrong. FX thread only.
 */
final class Designs implements AutoCloseable {

    private final DesignService service = new DesignService();
    private final ObjectProperty<WantedTimes> wanted = new SimpleObjectProperty<>(this, "wantedTimes");
    private final ReadOnlyObjectWrapper<Design> applied = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "designing");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "designProgress", "");
    private long requests;

    /** Designs rho for {@code session} and the wanted shape in the background; without a wanted shape says so. */
    void request(Session session, Messages messages) {
        if (wanted.get() == null) {
            messages.error("Choose the learning times you want first (a preset under Design ρ), then design");
            return;
        }
        service.request(++requests, session, wanted.get());
        running.set(true);
        progress.set("designing…");
    }

    /**
     * Takes progress and a finished design; a design for the session now (same problem) goes to
     * {@code apply}, one for a session changed meanwhile is dropped with a message.
     *
     * @return true when a design was applied
     */
    boolean drain(Session current, Consumer<Design> apply, Messages messages) {
        DesignService.Progress p = service.pollProgress();
        if (p != null && p.id() == requests && running.get()) {
            progress.set(String.format(Locale.ROOT, "solve %d of at most %d: %.1f %% from the wanted shape", p.solves(),
                    InverseDesign.MAX_SOLVES, 100 * p.residual()));
        }
        DesignService.Outcome o = service.poll();
        if (o == null || o.request().id() != requests) {
            return false;
        }
        running.set(false);
        progress.set("");
        if (o.design() == null) {
            messages.error("Could not design ρ: " + o.error());
            return false;
        }
        if (!sameProblem(o.request().session(), current)) {
            messages.error("The session changed while ρ was being designed; press Design ρ again");
            return false;
        }
        apply.accept(o.design());
        applied.set(o.design());
        messages.info(summary(o.design()));
        return true;
    }

    /** Forgets the applied design once the session's rho or problem is no longer the one designed. */
    void sessionChanged(Session now) {
        Design d = applied.get();
        if (d != null && !(now.distribution().equals(d.rho()) && sameProblem(d.session(), now))) {
            applied.set(null);
        }
    }

    /** Equal up to rho, name and description: the problem a design solves (target, grid, network, training, PDE). */
    private static boolean sameProblem(Session a, Session b) {
        return Setup.configuration(a.withDistribution(b.distribution())).equals(Setup.configuration(b)) && a.pde().equals(b.pde());
    }

    private static String summary(Design d) {
        return String.format(Locale.ROOT, "Designed ρ in %d PDE solves: the predicted learning times are within %.1f %% of the "
                + "wanted shape%s; time scale c = %.3g", d.solves(), 100 * d.residual(),
                d.converged() ? "" : " (the closest found)", d.timeScale());
    }

    ObjectProperty<WantedTimes> wantedProperty() {
        return wanted;
    }

    ReadOnlyObjectProperty<Design> designProperty() {
        return applied.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void close() {
        service.close();
    }
}
