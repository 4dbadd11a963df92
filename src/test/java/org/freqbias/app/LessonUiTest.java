package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.freqbias.app.chart.Board;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.ChartFrame;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.app.model.LessonPlayer;
import org.freqbias.app.model.Theme;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.lesson.Lesson;
import org.freqbias.core.lesson.LessonAction;
import org.freqbias.core.lesson.LessonFiles;
import org.freqbias.core.lesson.LessonStep;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.session.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The lesson player, driven with the keys a presentation clicker sends: every shipped lesson played
 * from its first step to its last (each step's session loaded, its caption shown, its charts in
 * focus, and its actions done: the run stopped at the time asked, the kernel flows shown, the run
 * pinned), at a projector's 1280 x 720 with no text cut; back, Home and the blank screen; a bad
 * lesson refused with nothing applied.
 */
class LessonUiTest extends UiHarness {

    /** Run ids the lesson pinned, in order. */
    private final List<Long> pinned = new ArrayList<>();
    private final CaptionClaims claims = new CaptionClaims();

    @Start
    void start(Stage stage) throws IOException {
        ExperimentModel presented = new ExperimentModel(SessionFiles.loadSample("gaussian-bias"));
        presented.setTheme(Theme.PRESENTATION);
        show(stage, presented, BundleWriter.NONE);
        // A projector's screen: every step's caption, readouts and chart titles must show whole there.
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
        controller.lessonPlayer().setPinning(() -> pinned.add(model.runIdProperty().get()));
    }

    /** A full sample run in a test JVM shared with rendering: generous. */
    @Override
    protected int waitSeconds() {
        return 180;
    }

    @Test
    void eachShippedLessonPlaysFromItsFirstStepToItsLast(FxRobot robot) throws Exception {
        for (String name : LessonFiles.SHIPPED) {
            Lesson lesson = LessonFiles.loadShipped(name, charts());
            pinned.clear();
            fx(() -> {
                controller.openLesson(name);
                return null;
            });
            for (int k = 0; k < lesson.steps().size(); k++) {
                if (k > 0) {
                    robot.type(k % 2 == 1 ? KeyCode.PAGE_DOWN : KeyCode.RIGHT); // what clickers send
                }
                checkStep(robot, lesson, k, name + " step " + (k + 1));
                int step = k;
                fx(() -> {
                    claims.check(name, step, model);
                    return null;
                });
            }
            robot.type(KeyCode.PAGE_DOWN);
            assertEquals(lesson.steps().size() - 1, fx(() -> player().stepProperty().get()), "nothing after the last step");
            robot.type(KeyCode.ESCAPE);
            assertFalse(fx(() -> player().active()));
            assertFalse(fx(() -> robot.lookup("#lessonBar").query().isVisible()), "the caption goes with the lesson");
            assertFalse(fx(() -> controller.focusMode()), "and so does focus mode");
        }
    }

    @Test
    void backHomeAndBlankFollowTheClicker(FxRobot robot) throws Exception {
        Lesson lesson = LessonFiles.loadShipped("low-frequencies-first", charts());
        fx(() -> {
            controller.openLesson("low-frequencies-first");
            return null;
        });
        checkStep(robot, lesson, 0, "first step");
        robot.type(KeyCode.PAGE_DOWN);
        checkStep(robot, lesson, 1, "second step");
        robot.type(KeyCode.PAGE_DOWN);
        checkStep(robot, lesson, 2, "third step");
        long runOfThirdStep = fx(() -> model.runIdProperty().get());
        // Back: the second step again, rebuilt from the start of its run (stopped at t = 1.2, not 4).
        robot.type(KeyCode.PAGE_UP);
        checkStep(robot, lesson, 1, "back to the second step");
        assertTrue(fx(() -> model.runIdProperty().get()) > runOfThirdStep, "a fresh run");
        robot.type(KeyCode.LEFT);
        checkStep(robot, lesson, 0, "back to the first step");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        checkStep(robot, lesson, 2, "forward again");
        robot.type(KeyCode.B);
        assertTrue(fx(() -> robot.lookup("#blankScreen").query().isVisible()), "B blanks the screen");
        robot.type(KeyCode.B);
        assertFalse(fx(() -> robot.lookup("#blankScreen").query().isVisible()), "B again shows it");
        robot.type(KeyCode.HOME);
        checkStep(robot, lesson, 0, "Home");
        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(() -> player().active()));
    }

    @Test
    void aBadLessonIsRefusedAndNothingOfItIsApplied(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                { "title": "Bad", "steps": [
                  { "session": {"sample": "reversed-bias"}, "caption": "Would load reversed-bias.", "actions": ["play"] },
                  { "session": {"changes": {"distribution": {"band": -1}}}, "caption": "Broken." } ] }""");
        waitFor(() -> model.chartDataProperty().get() != null);
        Session before = fx(() -> model.getSession());
        long run = fx(() -> model.runIdProperty().get());
        fx(() -> {
            controller.openLesson(file.toString());
            return null;
        });
        assertSame(before, fx(() -> model.getSession()), "the first step's session was not loaded");
        assertEquals(run, fx(() -> model.runIdProperty().get()), "nor was a run started");
        assertFalse(fx(() -> player().active()));
        assertTrue(fx(() -> model.messageIsErrorProperty().get()));
        String message = fx(() -> model.messageProperty().get());
        assertTrue(message.contains("step 2 (steps[1].session.changes)") && message.contains("distribution.band"), message);
    }

    /** Waits for step {@code k} to settle and checks everything it says it does. */
    private void checkStep(FxRobot robot, Lesson lesson, int k, String where) throws Exception {
        LessonStep step = lesson.steps().get(k);
        String session = SessionFiles.toJsonString(step.session()); // an image target is compared by its file
        waitFor(() -> player().stepProperty().get() == k && !player().busyProperty().get() && !model.runningProperty().get()
                && model.chartDataProperty().get() != null
                && SessionFiles.toJsonString(model.chartDataProperty().get().session()).equals(session));
        assertEquals(session, fx(() -> SessionFiles.toJsonString(model.getSession())), where + ": its session");
        assertEquals(step.caption(), fx(() -> robot.lookup("#lessonCaption").queryAs(Label.class).getText()), where + ": caption");
        assertTrue(fx(() -> robot.lookup("#lessonBar").query().isVisible()), where + ": the caption shows");
        assertTrue(fx(() -> controller.focusMode()), where + ": focus mode");
        Board board = step.session().isPlane() ? controller.planeCharts() : controller.charts();
        List<String> expected = step.focus().isEmpty() ? board.names() : step.focus();
        assertEquals(new TreeSet<>(expected), new TreeSet<>(fx(() -> board.shown().stream().map(ChartFrame::fileName).toList())),
                where + ": the charts it focuses");
        List<String> cut = fx(() -> {
            Parent root = robot.lookup("#lessonCaption").query().getScene().getRoot();
            root.applyCss();
            root.layout();
            return Truncation.find(root);
        });
        assertTrue(cut.isEmpty(), () -> where + " at 1280 x 720, text cut:\n" + String.join("\n", cut));

        // What the actions from the start of this step's run up to here leave behind.
        int from = lesson.chainStart(k);
        Map<KernelFlowKind, Boolean> flows = new EnumMap<>(KernelFlowKind.class);
        long stopStep = 0;
        TrainingSpec training = step.session().training();
        for (int i = from; i <= k; i++) {
            for (LessonAction a : lesson.steps().get(i).actions()) {
                if (a instanceof LessonAction.PlayUntil p) {
                    stopStep = Math.max(stopStep, snapshotStepAtOrAfter(p.time(), training));
                } else if (a instanceof LessonAction.Play) {
                    stopStep = training.steps();
                } else if (a instanceof LessonAction.Reset) {
                    stopStep = 0;
                } else if (a instanceof LessonAction.ShowKernelFlow f) {
                    flows.put(f.kind(), f.shown());
                }
            }
        }
        long wantStep = stopStep;
        ChartData data = fx(() -> model.chartDataProperty().get());
        assertEquals(wantStep, data.step(), where + ": the run stops at the time asked");
        assertEquals(wantStep * training.learningRate(), fx(() -> model.timeProperty().get()), 1e-9, where + ": t shown");
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            boolean shown = flows.getOrDefault(kind, false);
            assertEquals(shown, fx(() -> model.kernelFlowShownProperty(kind).get()), where + ": " + kind.label());
            if (shown) {
                waitFor(() -> model.chartDataProperty().get().has(kind));
            }
        }
        if (step.actions().stream().anyMatch(a -> a instanceof LessonAction.Pin)) {
            assertFalse(pinned.isEmpty(), where + ": pinned");
            assertEquals(fx(() -> model.runIdProperty().get()), pinned.get(pinned.size() - 1),
                    where + ": the run pinned is the one it played");
        }
    }

    /** The step of the first snapshot at or after time t: snapshots come every snapshotEvery steps, and at the last step. */
    private static long snapshotStepAtOrAfter(double t, TrainingSpec training) {
        long target = (long) Math.ceil(t / training.learningRate() - 1e-9);
        long every = training.snapshotEvery();
        return Math.min(training.steps(), (target + every - 1) / every * every);
    }

    private IntFunction<Set<String>> charts() {
        return d -> new TreeSet<>((d == 2 ? controller.planeCharts() : controller.charts()).names());
    }

    private LessonPlayer player() {
        return controller.lessonPlayer();
    }
}
