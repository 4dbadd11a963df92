package org.freqbias.app.view;

import java.util.Map;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.freqbias.app.model.LessonPlayer;

/**
 * The window's keys, in one filter on the scene so that they work wherever the keyboard focus is
 * (Ctrl+Right steps even while a text field has focus, where the field would take it as "next
 * word"). Keys without a modifier (Space, F) are left to a text field that has focus, and Space to
 * a control that uses it itself (the run list ticks a run with it). While a
 * lesson plays, the keys a presentation clicker sends drive it: Page Down / Right next, Page Up /
 * Left back, Home first step, B blank screen, Esc leave.
 */
final class Shortcuts {

    /** What the keys do; the window's controller supplies it. */
    interface Actions {
        void togglePlay();

        void step();

        void reset();

        void exportAll();

        void open();

        void save();

        void nextTheme();

        void toggleKernelLimit();

        void toggleLinearized();

        void toggleFocus();

        /** Esc outside a lesson: leaves focus mode; false when there was nothing to leave. */
        boolean leaveFocus();

        void chooseLesson();

        void toggleFullScreen();
    }

    private final Actions actions;
    private final LessonPlayer lesson;
    private final Map<KeyCode, Runnable> withShortcut;
    private final Predicate<Node> ownsSpace;

    /** @param ownsSpace true for a focus owner that takes Space itself */
    Shortcuts(Actions actions, LessonPlayer lesson, Predicate<Node> ownsSpace) {
        this.actions = actions;
        this.lesson = lesson;
        this.ownsSpace = ownsSpace;
        withShortcut = Map.of(
                KeyCode.RIGHT, actions::step,
                KeyCode.R, actions::reset,
                KeyCode.E, actions::exportAll,
                KeyCode.O, actions::open,
                KeyCode.S, actions::save,
                KeyCode.T, actions::nextTheme,
                KeyCode.K, actions::toggleKernelLimit,
                KeyCode.L, actions::toggleLinearized);
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node owner = scene.getFocusOwner();
            boolean typing = owner instanceof TextInputControl;
            if (!(e.getCode() == KeyCode.SPACE && !typing && ownsSpace.test(owner)) && handle(e, typing)) {
                e.consume();
            }
        });
    }

    /** Does what {@code e} asks; {@code typing}: a text field has the focus. Returns whether the key was taken. */
    boolean handle(KeyEvent e, boolean typing) {
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
        if (lesson.active() && plain && lessonKey(e.getCode())) {
            return true;
        }
        if (e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown() && withShortcut.containsKey(e.getCode())) {
            withShortcut.get(e.getCode()).run();
            return true;
        }
        if (!plain) {
            return false;
        }
        switch (e.getCode()) {
            case F5 -> actions.chooseLesson();
            case F11 -> actions.toggleFullScreen();
            case ESCAPE -> {
                return actions.leaveFocus();
            }
            case SPACE, F -> {
                if (typing) {
                    return false;
                }
                if (e.getCode() == KeyCode.SPACE) {
                    actions.togglePlay();
                } else {
                    actions.toggleFocus();
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean lessonKey(KeyCode code) {
        switch (code) {
            case PAGE_DOWN, RIGHT -> lesson.next();
            case PAGE_UP, LEFT -> lesson.previous();
            case HOME -> lesson.restart();
            case B, PERIOD -> lesson.toggleBlank(); // clickers send B or "." for a black screen
            case ESCAPE -> lesson.leave();
            default -> {
                return false;
            }
        }
        return true;
    }
}
