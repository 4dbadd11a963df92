package org.freqbias.core.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one setup of both dimensions against independent computations: the step-0 snapshot against
 * the trainer's own first loss, pure-damping times against the session's density, the peaks
 * against the grid, and the run's streaming PDE prediction against the interactive path.
 */
class SetupTest {

    static Session session(String resource) throws Exception {
        try (InputStream in = SetupTest.class.getResourceAsStream("/ui/" + resource)) {
            return SessionFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small.json", "small-plane.json"})
    void theInitialSnapshotIsTheTrainersStepZero(String resource) throws Exception {
        Setup setup = Setup.of(session(resource));
        Snapshot s = setup.initialSnapshot();
        try (Trainer trainer = setup.newTrainer()) {
            // The fused trainer sums the same squares in the same order: measured equal to the last bit.
            assertEquals(trainer.loss(), s.loss(), 1e-15 * trainer.loss());
            assertArrayEquals(trainer.fit(), s.fit(), 0.0, "zero initial output");
        }
        assertArrayEquals(setup.initialResidual().abs(), s.spectrum().abs(), 0.0);
        assertEquals(0, s.step());
    }

    @ParameterizedTest
    @ValueSource(strings = {"small.json", "small-plane.json"})
    void pureDampingTimesAndPeaksComeFromTheSessionsDensityAndGrid(String resource) throws Exception {
        Session session = session(resource);
        Setup setup = Setup.of(session);
        double[][] peaks = setup.peaks();
        int[] indices = setup.peakIndices();
        assertEquals(2, peaks.length, "two components, two peaks");
        for (int p = 0; p < peaks.length; p++) {
            assertArrayEquals(setup.grid().frequency(indices[p]), peaks[p], 0.0);
            double rate;
            if (session.isPlane()) {
                FrequencyDistribution2D rho = session.distribution2D();
                rate = 4 * Math.PI * Math.PI * rho.density(peaks[p][0], peaks[p][1]);
            } else {
                rate = 2 * Math.PI * session.distribution().density(peaks[p][0]);
            }
            assertEquals(1 / rate, setup.pureDampingTimes()[p], 1e-12 / rate, "peak " + p);
        }
        assertEquals(setup.grid().magnitude(indices[0]) < setup.grid().magnitude(indices[1]), true, "ascending in |xi|");
    }

    /**
     * The runner's prediction (1D: the exact eigen solution; 2D: one solve at the snapshot times,
     * read back in order) against the interactive path at the same times: 1D CRAM stepping, a second
     * time integrator (measured 2.7e-13 of max |u0| for |u|, 2.4e-13 of the initial loss, on this
     * session); 2D the very same solve (bit for bit).
     */
    @ParameterizedTest
    @ValueSource(strings = {"small.json", "small-plane.json"})
    void theStreamingPredictionAgreesWithTheInteractivePath(String resource) throws Exception {
        Setup setup = Setup.of(session(resource));
        double[] times = setup.snapshotTimes();
        SpectrumTrajectory all = setup.predictionAt(times);
        Prediction streamed = setup.prediction();
        double scale = 0;
        for (double v : all.abs()[0]) {
            scale = Math.max(scale, Double.isNaN(v) ? 0 : v);
        }
        double worst = 0;
        double worstLoss = 0;
        for (int i = 0; i < times.length; i++) {
            double[] abs = streamed.absAt(times[i]);
            for (int k = 0; k < abs.length; k++) {
                worst = Math.max(worst, Double.isNaN(abs[k]) ? 0 : Math.abs(abs[k] - all.abs()[i][k]) / scale);
            }
            worstLoss = Math.max(worstLoss, Math.abs(streamed.lossAt(times[i]) - all.loss()[i]) / all.loss()[0]);
        }
        System.out.printf("%s: streamed vs interactive prediction, max |d|u|| / max |u0| %.2e, loss %.2e%n",
                resource, worst, worstLoss);
        double tolerance = setup.domain().dimension() == 1 ? 1e-12 : 0;
        assertEquals(0, worst, tolerance);
        assertEquals(0, worstLoss, tolerance);
        if (setup.domain().dimension() == 2) {
            Prediction sampled = setup.prediction();
            assertThrows(IllegalArgumentException.class, () -> sampled.absAt(0.5 * times[1]),
                    "the 2D prediction is solved at the snapshot times only");
        }
    }
}
