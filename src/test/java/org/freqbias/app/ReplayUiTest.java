package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.freqbias.app.chart.ChartView;
import org.freqbias.app.chart.FPrincipleChart;
import org.freqbias.app.chart.FitChart;
import org.freqbias.app.chart.LossChart;
import org.freqbias.app.chart.SpectrumChart;
import org.freqbias.app.view.SliderField;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.experiment.TrainingRun;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The time scrubber over the live run, headless, on the small session (200 steps, a snapshot every 10). */
class ReplayUiTest extends UiHarness {

    @Start
    void start(Stage stage) throws IOException {
        show(stage, small());
    }

    /**
     * Trained to the end, the scrubber moves over the 21 kept snapshots by keys on the slider, and
     * the fit and the spectrum charts show the snapshot asked for: checked against a second,
     * headless run of the same session to that step (training is deterministic).
     */
    @Test
    void keysMoveTheScrubberAndTheChartsShowThatSnapshot(FxRobot robot) throws Exception {
        robot.clickOn("#playButton");
        waitUntil(() -> model.stepProperty().get() == 200 && position() != null && position().count() == 21
                && position().following());
        Slider slider = controller.scrubber().slider();
        run(slider::requestFocus);
        waitUntil(slider::isFocused);
        robot.type(KeyCode.HOME);
        waitUntil(() -> position().index() == 0 && !position().following());
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.RIGHT);
        }
        waitUntil(() -> position().index() == 5);
        assertEquals(50, fx(() -> position().step()));
        assertEquals(0.5, fx(() -> position().time()), 1e-12);
        assertEquals(5.0, fx(slider::getValue), "the slider shows the snapshot");

        Session session = fx(() -> model.getSession());
        Snapshot truth;
        try (TrainingRun second = new TrainingRun(Setup.of(session))) {
            do {
                truth = second.advance();
            } while (truth.step() < 50);
        }
        // Curves are thinned to the plot's pixel columns: each point drawn is compared at its own x.
        double[] fit = truth.fit();
        double[] x = fx(() -> model.runs().viewProperty().get().lead().data().domain().axis());
        double[][] drawnFit = fx(() -> points(chart(FitChart.class), 1));
        assertTrue(drawnFit[0].length >= Math.min(fit.length, 100), "the fit is drawn: " + drawnFit[0].length + " points");
        for (int i = 0; i < drawnFit[0].length; i++) {
            int k = indexOn(x, drawnFit[0][i]);
            // Measured: identical (the same deterministic trainer); 1e-12 leaves room for nothing but rounding.
            assertEquals(fit[k], drawnFit[1][i], 1e-12, "fit at x index " + k);
        }
        double[] abs = truth.spectrum().abs();
        SpectrumChart spectrum = chart(SpectrumChart.class);
        double[][] drawn = fx(() -> points(spectrum, 3)); // at t = 0, kernel limit, linearized, network, PDE
        double[] xi = fx(() -> model.runs().viewProperty().get().lead().data().magnitudes());
        assertTrue(drawn[0].length > 10, "the spectrum is drawn: " + drawn[0].length + " points");
        for (int i = 0; i < drawn[0].length; i++) {
            int k = indexOn(xi, drawn[0][i]);
            assertEquals(Math.log10(abs[k]), drawn[1][i], 1e-9, "log10 |r^| at xi = " + xi[k]);
        }
        assertEquals(0.5, fx(() -> chart(LossChart.class).timeCursor()), 1e-12, "the loss chart's cursor");
        assertEquals(0.5, fx(() -> chart(FPrincipleChart.class).timeCursor()), 1e-12, "the F-principle chart's cursor");

        robot.type(KeyCode.LEFT);
        waitUntil(() -> position().index() == 4);
        robot.type(KeyCode.END);
        waitUntil(() -> position().index() == 20 && position().following());
    }

    /** While training runs the scrubber follows the newest snapshot; held back it stays; End follows again. */
    @Test
    void heldBackTheScrubberStaysWhileTrainingGoesOn(FxRobot robot) throws Exception {
        run(() -> model.apply(model.getSession().withTraining(new TrainingSpec(0.001, 1_000_000, 1, 10))));
        robot.clickOn("#playButton");
        waitFor(() -> position() != null && position().step() >= 100 && position().following());
        // Keys reach the scrubber while a chart has focus.
        run(() -> chart(SpectrumChart.class).requestFocus());
        robot.type(KeyCode.LEFT);
        waitFor(() -> !position().following());
        double held = fx(() -> position().time());
        long stepThen = fx(() -> model.stepProperty().get());
        waitFor(() -> model.stepProperty().get() >= stepThen + 100);
        assertEquals(held, fx(() -> position().time()), 1e-12, "held while training went on");
        ChartView view = fx(() -> model.runs().viewProperty().get());
        assertEquals(held, view.lead().data().time(), 1e-12, "the charts show the held snapshot");
        assertTrue(view.lead().data().newest().step() > view.lead().data().step(), "newer snapshots exist");
        robot.type(KeyCode.END);
        waitFor(() -> position().following() && position().time() > held);
        run(() -> model.pause());
    }

    /** A text field keeps its own Home and End: the scrubber does not move while one has focus. */
    @Test
    void aTextFieldKeepsItsKeys(FxRobot robot) throws Exception {
        robot.clickOn("#playButton");
        waitUntil(() -> model.stepProperty().get() == 200 && position() != null && position().following());
        SliderField sigma = robot.lookup("#sigma").queryAs(SliderField.class);
        run(() -> sigma.field().requestFocus());
        waitUntil(() -> sigma.field().isFocused());
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.LEFT);
        Thread.sleep(200);
        assertTrue(fx(() -> position().following()), "the scrubber did not move");
    }

    /** Playback from the newest snapshot starts at the first and plays forward until it follows again. */
    @Test
    void playbackPlaysTheRunAgainFromItsStart(FxRobot robot) throws Exception {
        robot.clickOn("#playButton");
        waitUntil(() -> model.stepProperty().get() == 200 && position() != null && position().following());
        run(() -> model.runs().setPlaybackSpeed(8));
        run(() -> model.runs().togglePlayback());
        assertTrue(fx(() -> model.runs().playbackProperty().get()));
        waitFor(() -> !position().following() && position().time() > 0.2);
        waitUntil(() -> position().following());
        assertFalse(fx(() -> model.runs().playbackProperty().get()), "stopped at the newest snapshot");
        assertEquals(2.0, fx(() -> position().time()), 1e-12);
        assertEquals(200, fx(() -> position().step()));
        // A drawn value at the end: the loss chart's cursor sits at the last time.
        assertEquals(2.0, fx(() -> chart(LossChart.class).timeCursor()), 1e-12);
    }
}
