package org.freqbias.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.experiment.Snapshot;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.session.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The background services without any UI: run ids, coalescing, stale results, shutdown. */
@Timeout(120)
class ServicesTest {

    static Session small() throws Exception {
        try (InputStream in = ServicesTest.class.getResourceAsStream("/ui/small.json")) {
            return SessionFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "small.json");
        }
    }

    @Test
    void trainerPublishesEverySnapshotOfTheRunInOrderAndStopsOnClose() throws Exception {
        Session s = small().withTraining(new TrainingSpec(0.01, 40, 1, 10));
        TrainingService<Setup, Snapshot> trainer = TrainingService.line();
        trainer.restart(7, s, true);
        List<Snapshot> seen = new ArrayList<>();
        boolean finished = false;
        while (!finished) {
            TrainingBatch<Setup, Snapshot> b = trainer.poll();
            if (b == null) {
                Thread.sleep(5);
                continue;
            }
            assertEquals(7, b.runId());
            assertNull(b.failure());
            seen.addAll(b.snapshots());
            finished = b.finished();
        }
        assertEquals(List.of(0, 10, 20, 30, 40), seen.stream().map(Snapshot::step).toList());
        trainer.close();
        for (int i = 0; i < 200 && trainer.threadAlive(); i++) {
            Thread.sleep(10);
        }
        assertFalse(trainer.threadAlive(), "the training thread must end on close");
    }

    @Test
    void batchesOfANewerRunReplaceOlderOnesAndKeepTheFailure() {
        TrainingBatch<Setup, Snapshot> a = new TrainingBatch<>(1, null, List.of(), false, 1, null);
        TrainingBatch<Setup, Snapshot> b = new TrainingBatch<>(2, null, List.of(), false, 2, null);
        assertEquals(2, a.plus(b).runId());
        TrainingBatch<Setup, Snapshot> failed = new TrainingBatch<>(1, null, List.of(), true, 0, "diverged");
        TrainingBatch<Setup, Snapshot> merged = a.plus(failed);
        assertTrue(merged.finished());
        assertEquals("diverged", merged.failure());
    }

    @Test
    void pdeServiceSolvesTheNewestRequestLast() throws Exception {
        Session s = small();
        PdeService<PdeResult> pde = PdeService.line();
        int requests = 20;
        for (int i = 1; i <= requests; i++) {
            pde.request(i, s.withDistribution(new Gaussian(1 + 0.25 * i)));
        }
        PdeResult last = null;
        int results = 0;
        while (last == null || last.id() != requests) {
            PdeResult r = pde.poll();
            if (r == null) {
                Thread.sleep(5);
                continue;
            }
            assertNull(r.error());
            assertTrue(last == null || r.id() > last.id(), "results arrive newest-last");
            last = r;
            results++;
        }
        assertNotNull(last.trajectory());
        assertTrue(results <= requests);
        pde.close();
    }

    @Test
    void kernelLimitOfAnOldConfigurationIsNeverHandedOut() throws Exception {
        Session a = small();
        Session b = a.withDistribution(new Gaussian(2));
        try (KernelLimitOverlay overlay = new KernelLimitOverlay()) {
            overlay.update(a, true);
            assertTrue(overlay.computingProperty().get());
            overlay.update(b, true); // asked before a's result is taken: a's result must be dropped
            List<String> errors = new ArrayList<>();
            while (!overlay.drain(errors::add)) {
                assertTrue(errors.isEmpty(), errors::toString);
                Thread.sleep(5);
            }
            assertFalse(overlay.computingProperty().get());
            org.freqbias.core.experiment.Setup setupB = org.freqbias.core.experiment.Setup.of(b);
            assertNull(overlay.trajectoryFor(org.freqbias.core.experiment.Setup.of(a)));
            var trajectory = overlay.trajectoryFor(setupB);
            assertNotNull(trajectory);
            // At t = 0 the flow is the initial residual itself.
            double[] r0 = setupB.initialResidual().abs();
            for (int k = 0; k < r0.length; k++) {
                assertEquals(r0[k], trajectory.abs()[0][k], 1e-9 * (1 + r0[0]));
            }
            assertEquals(setupB.snapshotTimes().length, trajectory.times().length);
            overlay.update(b.withName("renamed"), true); // same configuration: kept, nothing asked
            assertNotNull(overlay.trajectoryFor(setupB));
            assertFalse(overlay.computingProperty().get());
            overlay.update(b, false);
            assertNull(overlay.trajectoryFor(setupB));
        }
    }
}
