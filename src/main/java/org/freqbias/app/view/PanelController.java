package org.freqbias.app.view;

import java.util.function.UnaryOperator;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.session.Session;

/**
 * Base of the side-panel controllers: they show the model's session in their controls and turn
 * a user edit into a new session passed to {@link ExperimentModel#apply}. An edit the session
 * rejects is refused: its message goes to the message bar and the controls show the session again.
 */
abstract class PanelController {

    protected ExperimentModel model;

    /** Connects to the model; call once, on the FX thread. */
    void init(ExperimentModel m) {
        this.model = m;
        m.sessionProperty().addListener((obs, old, s) -> show(s));
        show(m.getSession());
    }

    /** Puts the values of {@code session} into the controls (must not call {@link #edit}). */
    protected abstract void show(Session session);

    /**
     * Applies {@code change} to the current session. Returns false (and shows why) when the
     * edited values are not a valid session.
     */
    protected final boolean edit(UnaryOperator<Session> change) {
        Session edited;
        try {
            edited = change.apply(model.getSession());
        } catch (IllegalArgumentException e) {
            model.error("Refused: " + e.getMessage());
            show(model.getSession());
            return false;
        }
        if (!model.apply(edited)) {
            show(model.getSession()); // refused (too large for memory): the message says why
            return false;
        }
        return true;
    }
}
