package org.freqbias.app.chart;

import static org.freqbias.app.chart.RunFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javafx.scene.Scene;
import org.freqbias.core.experiment.History;
import org.freqbias.core.experiment.LearningTimeTracker;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.experiment.TrainingRun;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The fields chart colour-maps a run's target image once per run, not at every frame. */
class FieldsChartTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A run of the small plane session (32 x 32) as the app feeds it to the charts. */
    private static final class PlaneRun {
        final Setup setup;
        final History history = new History(64);
        final LearningTimeTracker learningTimes;
        final TrainingRun run;

        PlaneRun(Session session) {
            setup = Setup.of(session);
            learningTimes = new LearningTimeTracker(setup.initialAbs());
            run = new TrainingRun(setup, 1);
            record(run.snapshot());
        }

        void record(Snapshot s) {
            history.add(s);
            learningTimes.add(s.time(), s.spectrum().abs());
        }

        /** What the charts draw now: a new ChartData (and a new copy of the target) at every call. */
        ChartData data() {
            return new ChartData(setup, history, learningTimes, null, Map.of());
        }
    }

    private static Session smallPlane() throws Exception {
        try (InputStream in = FieldsChartTest.class.getResourceAsStream("/ui/small-plane.json")) {
            return SessionFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "small-plane.json");
        }
    }

    private static void draw(FieldsChart chart, ChartData data) throws Exception {
        fx(() -> {
            chart.render(data);
            return null;
        });
    }

    /**
     * Frames of one run map the target's 32 rows once while the fit's rows are mapped at every new
     * snapshot; a new run of the same session (another Setup) maps its target again.
     */
    @Test
    void theTargetImageIsColourMappedOncePerRun() throws Exception {
        Session session = smallPlane();
        int n = session.domain().samples();
        FieldsChart chart = fx(FieldsChart::new);
        fx(() -> new Scene(chart, 900, 400));
        PlaneRun first = new PlaneRun(session);
        try {
            draw(chart, first.data());
            assertEquals(n, chart.targetMap(0).rowsMapped(), "the first frame maps the target's rows");
            long fitRows = chart.fitMap(0).rowsMapped();
            for (int frame = 0; frame < 3; frame++) {
                first.record(first.run.advance());
                draw(chart, first.data());
            }
            assertEquals(n, chart.targetMap(0).rowsMapped(), "later frames of the run map none of the target's rows");
            // The hook counts what it should: each new fit is mapped whole.
            assertEquals(fitRows + 3L * n, chart.fitMap(0).rowsMapped(), "each new fit is mapped");
        } finally {
            first.run.close();
        }
        PlaneRun second = new PlaneRun(session);
        try {
            draw(chart, second.data());
            assertEquals(2L * n, chart.targetMap(0).rowsMapped(), "another run's target is mapped again");
        } finally {
            second.run.close();
        }
    }
}
