package org.freqbias.app.view;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.app.model.LessonPlayer;
import org.freqbias.core.lesson.Lesson;
import org.freqbias.core.lesson.LessonFiles;
import org.freqbias.core.lesson.LessonStep;

/**
 * The lesson player on screen: the step's caption in large type under the charts with where the
 * lesson stands and its keys, the charts the step names in focus mode, the blank screen; and
 * opening a lesson (a shipped one or a file). A lesson that cannot be played is refused with the
 * reader's message, naming the step and the field, and nothing of it is applied.
 */
final class LessonView {

    private static final String OPEN_FILE = "Open a lesson file…";

    private final ExperimentModel model;
    private final LessonPlayer player;
    private final FocusMode focus;
    private final Node bar;
    private final Label caption;
    private final Label progress;
    private final IntFunction<Set<String>> chartNames;
    private final FileDialog files = new FileDialog(new FileChooser.ExtensionFilter("Lesson (*.json)", "*.json"));

    /**
     * @param chartNames the names of the charts of a 1D or a 2D board (what a step may focus)
     */
    LessonView(ExperimentModel model, LessonPlayer player, FocusMode focus, Node bar, Label caption, Label progress,
            Node blank, IntFunction<Set<String>> chartNames) {
        this.model = model;
        this.player = player;
        this.focus = focus;
        this.bar = bar;
        this.caption = caption;
        this.progress = progress;
        this.chartNames = chartNames;
        blank.visibleProperty().bind(player.blankProperty());
        player.stepProperty().addListener((obs, old, now) -> show());
        player.lessonProperty().addListener((obs, old, now) -> show());
    }

    /** Opens a lesson file or a shipped lesson by name and plays it from its first step. */
    void open(String fileOrName) {
        try {
            play(LessonFiles.load(fileOrName, chartNames));
        } catch (IOException | RuntimeException e) {
            model.error("Lesson refused, nothing of it applied: " + e.getMessage());
        }
    }

    /** Asks which lesson to play: a shipped one or a file. */
    void choose(Window owner) {
        List<String> choices = new ArrayList<>(LessonFiles.SHIPPED);
        choices.add(OPEN_FILE);
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle("Play a lesson");
        dialog.setHeaderText("A lesson steps through sessions with a caption for each step.\n"
                + "Page Down / Right: next step · Page Up / Left: back · Home: first step · B: blank screen · Esc: leave");
        dialog.setContentText("Lesson:");
        dialog.showAndWait().ifPresent(choice -> {
            if (!choice.equals(OPEN_FILE)) {
                open(choice);
                return;
            }
            files.open(owner, "Open a lesson").ifPresent(file -> open(file.toString()));
        });
    }

    private void play(Lesson lesson) {
        player.start(lesson);
    }

    /** Shows the step the player is on, or nothing of the lesson when none plays. */
    private void show() {
        LessonStep step = player.current();
        bar.setVisible(step != null);
        bar.setManaged(step != null);
        if (step == null) {
            focus.leave();
            return;
        }
        Lesson lesson = player.lessonProperty().get();
        int k = player.stepProperty().get();
        caption.setText(step.caption());
        progress.setText(lesson.title() + "  ·  step " + (k + 1) + " of " + lesson.steps().size()
                + "  ·  Page Down: next  ·  Page Up: back  ·  B: blank  ·  Esc: leave");
        focus.enter(step.focus());
    }
}
