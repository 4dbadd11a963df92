package org.freqbias.core.lesson;

import java.util.List;
import java.util.Objects;
import org.freqbias.core.session.Session;

/**
 * One step of a lesson, resolved and checked: the session it shows, whether entering it from the
 * step before loads that session (a fresh run with the kernel flows off) or continues the run the
 * step before left, its caption, the charts to focus (none: all of them) and its actions.
 *
 * @param session the step's session: its own, or the one it continues
 * @param loadsSession true when the step names a session (a sample, a file or changes)
 */
public record LessonStep(Session session, boolean loadsSession, String caption, List<String> focus,
        List<LessonAction> actions) {

    public LessonStep {
        Objects.requireNonNull(session);
        Objects.requireNonNull(caption);
        focus = List.copyOf(focus);
        actions = List.copyOf(actions);
    }
}
