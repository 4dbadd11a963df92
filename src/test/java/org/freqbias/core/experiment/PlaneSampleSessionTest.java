package org.freqbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;

/**
 * The plane-waves sample in full (width 4096, 500 steps on a 64 x 64 grid): the network follows the
 * 2D PDE (measured 11.2 % at most over |xi| <= 20, stratified sampling) and both learn the lower
 * plane wave first.
 */
class PlaneSampleSessionTest {

    @Test
    void networkFollowsThePlanePdeAndLearnsTheLowerWaveFirst() throws IOException {
        PlaneSetup setup = PlaneSetup.of(SessionFiles.loadSample("plane-waves"));
        int[] frames = new int[1];
        RunResult r = new PlaneRunner(setup, Agreement.DEFAULT_MAX_FREQUENCY).run(frame -> frames[0]++);
        String report = String.format("distance %.4f, peaks %s, nn %s, pde %s", r.maxAgreement(), Arrays.deepToString(r.peaks()),
                Arrays.toString(r.networkPeakTimes()), Arrays.toString(r.pdePeakTimes()));
        assertEquals(51, frames[0]);
        assertEquals(500, r.stepsDone());
        assertTrue(r.maxAgreement() < 0.15, report);
        assertEquals(2, r.peaks().length, report);
        for (LearningTime[] times : new LearningTime[][] {r.networkPeakTimes(), r.pdePeakTimes()}) {
            assertFalse(times[0].lowerBound() || times[1].lowerBound(), report);
            assertTrue(times[1].time() > 1.3 * times[0].time(), "the lower wave is learned first: " + report);
        }
    }
}
