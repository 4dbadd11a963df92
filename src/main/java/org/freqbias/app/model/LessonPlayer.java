package org.freqbias.app.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.lesson.Lesson;
import org.freqbias.core.lesson.LessonAction;
import org.freqbias.core.lesson.LessonStep;

/**
 * Plays a {@link Lesson} on the {@link ExperimentModel}: one step at a time, its actions in order,
 * each waiting for the one before (a play waits until the run pauses or ends). Going forward from
 * step k - 1 to k continues the run unless step k names a session; any other way into step k
 * (back, Home) loads the session of the step its run began in ({@link Lesson#chainStart}) and does
 * the actions of every step from there to k, so a step always looks the same however it is
 * reached. A step that loads a session starts a fresh run, paused, with the kernel flows off.
 * FX thread only; nothing here waits: pending actions resume from property listeners.
 */
public final class LessonPlayer {

    private final ExperimentModel model;
    private RunPinning pins;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);
    private final ReadOnlyBooleanWrapper blank = new ReadOnlyBooleanWrapper(this, "blank");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Deque<LessonAction> pending = new ArrayDeque<>();
    /** Resumes the pending actions once a play has stopped; installed only while one waits. */
    private final InvalidationListener resume = obs -> {
        if (!isRunning()) {
            stopWaiting();
            runPending();
        }
    };
    private boolean waiting;

    public LessonPlayer(ExperimentModel model, RunPinning pins) {
        this.model = Objects.requireNonNull(model);
        this.pins = Objects.requireNonNull(pins);
    }

    /** What "pin" does: the run list's pin once recorded runs exist. */
    public void setPinning(RunPinning pinning) {
        pins = Objects.requireNonNull(pinning);
    }

    /** Starts {@code l} at its first step. */
    public void start(Lesson l) {
        cancel();
        blank.set(false);
        lesson.set(Objects.requireNonNull(l));
        enter(0, false);
    }

    /** The next step, continuing the run unless it names a session; nothing after the last. */
    public void next() {
        if (active() && step.get() < lesson.get().steps().size() - 1) {
            enter(step.get() + 1, true);
        }
    }

    /** The step before, rebuilt from where its run began; nothing before the first. */
    public void previous() {
        if (active() && step.get() > 0) {
            enter(step.get() - 1, false);
        }
    }

    /** Back to the first step. */
    public void restart() {
        if (active()) {
            enter(0, false);
        }
    }

    /** Blanks the screen, or shows it again (B on a clicker). */
    public void toggleBlank() {
        if (active()) {
            blank.set(!blank.get());
        }
    }

    /** Leaves the lesson: the session and run stay as they are, paused. */
    public void leave() {
        if (!active()) {
            return;
        }
        cancel();
        model.pause();
        blank.set(false);
        lesson.set(null);
        step.set(-1);
    }

    public boolean active() {
        return lesson.get() != null;
    }

    /** The step shown, null when no lesson plays. */
    public LessonStep current() {
        return active() && step.get() >= 0 ? lesson.get().steps().get(step.get()) : null;
    }

    private void enter(int k, boolean forward) {
        cancel();
        Lesson l = lesson.get();
        LessonStep target = l.steps().get(k);
        int from = forward && !target.loadsSession() ? k : l.chainStart(k);
        if (!(forward && !target.loadsSession())) {
            LessonStep first = l.steps().get(from);
            model.load(first.session(), l.title() + ": step " + (k + 1) + " of " + l.steps().size());
            for (KernelFlowKind kind : KernelFlowKind.values()) {
                model.kernelFlowShownProperty(kind).set(false);
            }
        }
        for (int i = from; i <= k; i++) {
            pending.addAll(l.steps().get(i).actions());
        }
        blank.set(false);
        step.set(k);
        runPending();
    }

    /** Does the pending actions in order until one has to wait for a run to stop. */
    private void runPending() {
        while (!pending.isEmpty()) {
            LessonAction a = pending.poll();
            if (a instanceof LessonAction.PlayUntil p) {
                model.playUntil(p.time());
            } else if (a instanceof LessonAction.Play) {
                model.play();
            } else if (a instanceof LessonAction.Pause) {
                model.pause();
            } else if (a instanceof LessonAction.Reset) {
                model.reset();
            } else if (a instanceof LessonAction.Pin) {
                pins.pinCurrentRun();
            } else if (a instanceof LessonAction.ShowKernelFlow f) {
                model.kernelFlowShownProperty(f.kind()).set(f.shown());
            }
            if (isRunning()) {
                waiting = true;
                model.runningProperty().addListener(resume);
                busy.set(true);
                return;
            }
        }
        busy.set(false);
    }

    private boolean isRunning() {
        return model.runningProperty().get();
    }

    private void cancel() {
        pending.clear();
        stopWaiting();
        busy.set(false);
    }

    private void stopWaiting() {
        if (waiting) {
            model.runningProperty().removeListener(resume);
            waiting = false;
        }
    }

    /** The lesson playing, null when none. */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() { return lesson.getReadOnlyProperty(); }
    /** Index of the step shown, -1 when no lesson plays. */
    public ReadOnlyIntegerProperty stepProperty() { return step.getReadOnlyProperty(); }
    /** True while the screen is blanked (B). */
    public ReadOnlyBooleanProperty blankProperty() { return blank.getReadOnlyProperty(); }
    /** True while some of the step's actions wait for a play to stop. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** The charts the step focuses (empty: all of them). */
    public List<String> focus() {
        LessonStep s = current();
        return s == null ? List.of() : s.focus();
    }
}
