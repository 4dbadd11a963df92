package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.freqbias.app.chart.FieldsChart;
import org.freqbias.app.chart.PlaneSpectrumChart;
import org.freqbias.app.model.RunRow;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.run.RunRecord;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Recorded 2D runs, headless, on the small plane session (32 x 32, 60 steps, a snapshot every 10). */
class PlaneRunsUiTest extends UiHarness {

    @Start
    void start(Stage stage) throws IOException {
        show(stage, smallPlane());
    }

    /** The largest difference of a colour channel between two images of one size, in 1/255. */
    private static int maxChannelDifference(Image a, Image b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int worst = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int pa = ra.getArgb(x, y);
                int pb = rb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    worst = Math.max(worst, Math.abs(((pa >> shift) & 0xff) - ((pb >> shift) & 0xff)));
                }
            }
        }
        return worst;
    }

    /**
     * A recorded 2D run replays its images: viewed alone and scrubbed to step 30, the target, fit and
     * residual images are those the live run showed at step 30 (its fit kept as floats: at most one
     * colour level apart). Ticked beside the live run, one row of images per run; unticked, one again.
     */
    @Test
    void aRecordedPlaneRunReplaysItsImagesAndComparesInRows(FxRobot robot) throws Exception {
        robot.clickOn("#playButton");
        waitUntil(() -> model.stepProperty().get() == 60 && position() != null && position().count() == 7
                && position().following() && model.chartDataProperty().get().hasPde());
        run(() -> model.runs().scrubTo(3));
        waitUntil(() -> position().step() == 30);
        FieldsChart fields = planeChart(FieldsChart.class);
        List<Image> live = fx(() -> images(robot, fields));
        assertEquals(3, live.size(), "target, fit, residual");

        run(() -> model.apply(model.getSession().withDistribution(new Gaussian(8))));
        RunRow recorded = fx(() -> model.runs().rows().get(1));
        RunRecord record = fx(() -> model.runs().record(recorded.id()).orElseThrow());
        assertEquals(2, record.session().domain().dimension());
        run(() -> model.runs().view(recorded.id()));
        waitUntil(() -> model.runs().viewProperty().get().lead().label().equals(recorded.name()));
        run(() -> model.runs().scrubTo(3));
        waitUntil(() -> position().step() == 30 && model.runs().viewProperty().get().lead().data().step() == 30);
        List<Image> replayed = fx(() -> images(robot, fields));
        assertEquals(3, replayed.size());
        for (int i = 0; i < 3; i++) {
            // Measured: identical (0 levels); the fit is kept as floats, so one 8-bit level is allowed.
            assertTrue(maxChannelDifference(live.get(i), replayed.get(i)) <= 1, "image " + i + " replayed");
        }
        assertEquals(2, fx(() -> images(robot, planeChart(PlaneSpectrumChart.class)).size()), "network and PDE spectra");

        run(() -> model.runs().tick(recorded.id(), true));
        waitUntil(() -> model.runs().viewProperty().get().runs().size() == 2);
        assertEquals(6, fx(() -> images(robot, fields).size()), "one row of three images per run");
        run(() -> model.runs().tick(recorded.id(), false));
        waitUntil(() -> model.runs().viewProperty().get().runs().size() == 1);
        assertEquals(3, fx(() -> images(robot, fields).size()), "unticked: no row left behind");
    }
}
