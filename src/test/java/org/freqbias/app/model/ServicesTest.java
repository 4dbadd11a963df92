package org.freqbias.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.freqbias.core.experiment.TrainingRun;
import org.freqbias.core.net.EmpiricalKernel;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.freqbias.core.session.NetworkSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.session.TrainingSpec;
import org.freqbias.core.spectrum.Spectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.freqbias.core.net.FourierFeatureNetwork;
import org.freqbias.core.kernel.KernelFlowKind;

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
        TrainingService trainer = new TrainingService();
        trainer.restart(7, s, true);
        List<Snapshot> seen = new ArrayList<>();
        boolean finished = false;
        while (!finished) {
            TrainingBatch b = trainer.poll();
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

    /**
     * The app's trainer leaves the window a core: while it trains, its step's worker threads number at
     * most all cores but one, less the trainer's own thread, and its snapshots are bit for bit those of
     * the command line's run on every core (a step is split into parts by width alone).
     */
    @Test
    void trainerTrainsOnAllCoresButOne() throws Exception {
        Session s = small().withTraining(new TrainingSpec(0.01, 30, 1, 10));
        NetworkSpec n = s.network();
        // Four parts of 256 neurons: a trainer on every core would start a worker per extra core.
        s = s.withNetwork(new NetworkSpec(1024, n.sigmaA(), n.zeroInitialOutput(), n.sampling(), n.hiddenLayers(), n.activation()));
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(Math.max(1, cores - 1), WorkerThreads.trainingCores());
        long workersBefore = workerThreads();
        TrainingService trainer = new TrainingService();
        trainer.restart(1, s, true);
        List<Snapshot> seen = new ArrayList<>();
        long workersWhileTraining = 0;
        while (seen.isEmpty() || seen.get(seen.size() - 1).step() < 30) {
            workersWhileTraining = Math.max(workersWhileTraining, workerThreads() - workersBefore);
            TrainingBatch b = trainer.poll();
            if (b == null) {
                Thread.sleep(2);
            } else {
                seen.addAll(b.snapshots());
            }
        }
        trainer.close();
        assertTrue(workersWhileTraining <= WorkerThreads.trainingCores() - 1, "worker threads: " + workersWhileTraining);
        try (TrainingRun everyCore = new TrainingRun(Setup.of(s))) {
            for (Snapshot shown : seen.subList(1, seen.size())) {
                assertArrayEquals(everyCore.advance().fit(), shown.fit(), 0.0, "step " + shown.step());
            }
        }
    }

    /** Live threads of the gradient-descent pools (the trainer's own thread runs the first part). */
    private static long workerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("gradient-descent-worker")).count();
    }

    @Test
    void batchesOfANewerRunReplaceOlderOnesAndKeepTheFailure() {
        TrainingBatch a = new TrainingBatch(1, null, List.of(), false, 1, null);
        TrainingBatch b = new TrainingBatch(2, null, List.of(), false, 2, null);
        assertEquals(2, a.plus(b).runId());
        TrainingBatch failed = new TrainingBatch(1, null, List.of(), true, 0, "diverged");
        TrainingBatch merged = a.plus(failed);
        assertTrue(merged.finished());
        assertEquals("diverged", merged.failure());
    }

    @Test
    void pdeServiceSolvesTheNewestRequestLast() throws Exception {
        Session s = small();
        PdeService pde = new PdeService();
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

    /**
     * Latest wins: a burst of 100 requests while a slow solve runs is solved twice, the first request
     * and the newest, and the last result answers the newest. (With coalescing broken, every request
     * queued as its own task, this saw 100 solves.)
     */
    @Test
    void aBurstOfRequestsDuringASlowSolveIsSolvedTwiceTheNewestLast() throws Exception {
        java.util.concurrent.CountDownLatch burstSent = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch firstStarted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger solves = new java.util.concurrent.atomic.AtomicInteger();
        try (LatestWins<Integer, Integer> worker = new LatestWins<>("test-solver", request -> {
            solves.incrementAndGet();
            firstStarted.countDown();
            try {
                burstSent.await(); // slow: the whole burst arrives while the first solve runs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return request;
        }, (request, e) -> -request)) {
            worker.request(1);
            firstStarted.await();
            for (int i = 2; i <= 100; i++) {
                worker.request(i);
            }
            burstSent.countDown();
            List<Integer> results = new ArrayList<>();
            while (results.isEmpty() || results.get(results.size() - 1) != 100) {
                Integer r = worker.poll();
                if (r == null) {
                    Thread.sleep(5);
                } else {
                    results.add(r);
                }
            }
            Thread.sleep(100); // nothing else may follow
            assertNull(worker.poll());
            assertEquals(2, solves.get(), "solves of a burst of 100");
            assertEquals(100, results.get(results.size() - 1));
        }
    }

    /** Issue 10: 10^7 steps with a snapshot at every step: the app's PDE is solved at a bounded set of times. */
    @Test
    void theAppsPdeIsSolvedAtBoundedTimesWhateverTheSnapshots() throws Exception {
        Session s = small().withTraining(new TrainingSpec(0.01, 10_000_000, 1, 1));
        try (PdeService pde = new PdeService()) {
            pde.request(1, s);
            PdeResult r;
            while ((r = pde.poll()) == null) {
                Thread.sleep(5);
            }
            assertNull(r.error());
            double[] times = r.trajectory().times();
            assertTrue(times.length <= 512, "times solved: " + times.length);
            assertArrayEquals(Setup.of(s).keptTimes(), times);
            assertEquals(0, times[0]);
            assertEquals(0.01 * 10_000_000, times[times.length - 1], 1e-6, "the run's end");
        }
    }

    /** A set-up that throws OutOfMemoryError for the session named "boom" or seeded 666, through the workers' test hook. */
    private static Setup setUp(Session s, List<Thread> threads) {
        threads.add(Thread.currentThread());
        if (s.name().equals("boom") || s.training().seed() == 666) {
            throw new OutOfMemoryError("Java heap space");
        }
        return Setup.of(s);
    }

    @Test
    void aPdeOrKernelFlowWorkerThatRunsOutOfMemorySaysSoAndServesTheNextRequestOnAFreshThread() throws Exception {
        Session good = small();
        Session bad = good.withName("boom");
        List<Thread> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        try (PdeService pde = new PdeService(s -> setUp(s, threads))) {
            pde.request(1, bad);
            PdeResult failed = awaitPde(pde);
            assertTrue(failed.error().startsWith("PDE solve failed: ran out of memory (the heap is"), failed.error());
            pde.request(2, good);
            PdeResult solved = awaitPde(pde);
            assertNull(solved.error());
            assertEquals(2, solved.id());
            assertNotEquals(threads.get(0), threads.get(1), "the worker was replaced");
        }
        threads.clear();
        // The kernel flow's configuration drops the name: the seed marks the failing one.
        Session badFlow = good.withTraining(good.training().withSeed(666));
        try (KernelFlowService flows = new KernelFlowService(KernelFlowKind.KERNEL_LIMIT, s -> setUp(s, threads))) {
            flows.request(1, badFlow);
            KernelFlowResult failed = await(flows);
            assertTrue(failed.error().startsWith("Kernel limit failed: ran out of memory"), failed.error());
            flows.request(2, good);
            KernelFlowResult computed = await(flows);
            assertNull(computed.error());
            assertNotNull(computed.trajectory());
            assertNotEquals(threads.get(0), threads.get(1), "the worker was replaced");
        }
    }

    /**
     * The trainer: a session whose set-up runs out of memory is reported in the message bar, the
     * training thread is replaced, and the next session trains to its end.
     */
    @Test
    void aSetupThatRunsOutOfMemoryIsShownAndTheNextSessionTrains() throws Exception {
        List<Thread> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        RunStatus status = new RunStatus();
        Messages messages = new Messages();
        Lane lane = new Lane(status, new Readouts(), messages, s -> setUp(s, threads));
        try {
            Session good = small().withTraining(new TrainingSpec(0.01, 40, 1, 10));
            lane.restart(status.next(true), good.withName("boom"), true);
            waitFor(() -> {
                lane.drain(0, good);
                return messages.isErrorProperty().get();
            });
            assertTrue(messages.messageProperty().get().startsWith("Could not set up the run: ran out of memory"),
                    messages.messageProperty().get());

            lane.restart(status.next(true), good, true);
            waitFor(() -> {
                lane.drain(0, good);
                return status.finished();
            });
            assertNotNull(lane.setupProperty().get());
            assertEquals(good, lane.setupProperty().get().session());
            assertNotEquals(threads.get(0), threads.get(threads.size() - 1), "the training thread was replaced");
        } finally {
            lane.close();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(5);
        }
    }

    private static PdeResult awaitPde(PdeService pde) throws InterruptedException {
        PdeResult r;
        while ((r = pde.poll()) == null) {
            Thread.sleep(5);
        }
        return r;
    }

    @Test
    void kernelLimitOfAnOldConfigurationIsNeverHandedOut() throws Exception {
        Session a = small();
        Session b = a.withDistribution(new Gaussian(2));
        try (KernelFlowOverlay overlay = new KernelFlowOverlay(KernelFlowKind.KERNEL_LIMIT)) {
            overlay.shownProperty().set(true);
            overlay.update(a);
            assertTrue(overlay.computingProperty().get());
            overlay.update(b); // asked before a's result is taken: a's result must be dropped
            List<String> errors = new ArrayList<>();
            while (!overlay.drain(errors::add)) {
                assertTrue(errors.isEmpty(), errors::toString);
                Thread.sleep(5);
            }
            assertFalse(overlay.computingProperty().get());
            Setup setupB = Setup.of(b);
            assertNull(overlay.trajectoryFor(Setup.of(a)));
            var trajectory = overlay.trajectoryFor(setupB);
            assertNotNull(trajectory);
            // At t = 0 the flow is the initial residual itself.
            double[] r0 = setupB.initialResidual().abs();
            for (int k = 0; k < r0.length; k++) {
                assertEquals(r0[k], trajectory.abs()[0][k], 1e-9 * (1 + r0[0]));
            }
            assertEquals(setupB.snapshotTimes().length, trajectory.times().length);
            overlay.update(b.withName("renamed")); // same configuration: kept, nothing asked
            assertNotNull(overlay.trajectoryFor(setupB));
            assertFalse(overlay.computingProperty().get());
            overlay.shownProperty().set(false);
            overlay.update(b);
            assertNull(overlay.trajectoryFor(setupB));
        }
    }

    @Test
    void linearizedServiceEvolvesTheResidualByTheNetworksOwnKernel() throws Exception {
        Session s = small().withTraining(new TrainingSpec(0.01, 200, 1, 50));
        Setup setup = Setup.of(s);
        try (KernelFlowService service = new KernelFlowService(KernelFlowKind.LINEARIZED)) {
            service.request(1, s);
            KernelFlowResult r = await(service);
            assertNull(r.error());
            assertEquals(Setup.configuration(s), r.configuration());
            SpectrumTrajectory expected = setup.kernelFlowTrajectory(setup.kernelFlow(KernelFlowKind.LINEARIZED), setup.snapshotTimes());
            assertArrayEquals(setup.snapshotTimes(), r.trajectory().times());
            for (int i = 0; i < expected.times().length; i++) {
                assertArrayEquals(expected.abs()[i], r.trajectory().abs()[i], 1e-12, "time " + i);
                assertEquals(expected.loss()[i], r.trajectory().loss()[i], 1e-12);
            }
            // Independent truth: dr/dt = -Theta dx r integrated by small RK4 steps, Theta the
            // network's empirical kernel at initialization.
            double[][] k = EmpiricalKernel.matrix(setup.twoLayerNetwork().orElseThrow(), FourierFeatureNetwork.points(setup.domain()));
            double t = setup.snapshotTimes()[setup.snapshotTimes().length - 1];
            double[] rk = rungeKutta(k, setup.domain().spacing(), setup.initialResidualOnGrid(), t, 2000);
            double[] rkAbs = Spectrum.of(rk, setup.domain()).abs();
            double[] last = r.trajectory().abs()[expected.times().length - 1];
            double scale = max(setup.initialResidual().abs());
            for (int j = 0; j < rkAbs.length; j++) {
                assertEquals(rkAbs[j], last[j], 1e-6 * scale, "xi index " + j);
            }
            // The kernel belongs to the drawn network: another seed draws another one.
            service.request(2, s.withTraining(s.training().withSeed(2)));
            KernelFlowResult other = await(service);
            assertEquals(2, other.id());
            assertNotEquals(last[setup.peakIndices()[1]], other.trajectory().abs()[expected.times().length - 1][setup.peakIndices()[1]]);
        }
    }

    @Test
    void aDeepSessionAsksForNoKernelFlow() throws Exception {
        Session deep = SessionFiles.loadSample("deep-gaussian");
        try (KernelFlowOverlay overlay = new KernelFlowOverlay(KernelFlowKind.LINEARIZED)) {
            overlay.shownProperty().set(true);
            assertFalse(overlay.update(deep));
            assertFalse(overlay.computingProperty().get());
            Thread.sleep(50);
            assertFalse(overlay.drain(e -> { }));
            assertNull(overlay.trajectoryFor(Setup.of(deep)));
        }
    }

    @Test
    void aTwoDimensionalKernelFlowReplacesTheOneDimensionalOneAskedBeforeIt() throws Exception {
        Session line = small();
        Session plane;
        try (InputStream in = ServicesTest.class.getResourceAsStream("/ui/small-plane.json")) {
            plane = SessionFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "small-plane.json");
        }
        try (KernelFlowOverlay overlay = new KernelFlowOverlay(KernelFlowKind.KERNEL_LIMIT)) {
            overlay.shownProperty().set(true);
            overlay.update(line);
            overlay.update(plane); // the 1D result, whenever it comes, answers an old request
            awaitDrain(overlay);
            assertNull(overlay.trajectoryFor(Setup.of(line)));
            Setup setup = Setup.of(plane);
            assertFlowOf(setup, overlay.trajectoryFor(setup));
            // A longer run reaches later times: in 2D the training controls are part of the flow key,
            // so the Lanczos basis is built again, converged at the new times.
            Session longer = plane.withTraining(plane.training().withSteps(240));
            overlay.update(longer);
            assertTrue(overlay.computingProperty().get());
            awaitDrain(overlay);
            Setup longerSetup = Setup.of(longer);
            assertNull(overlay.trajectoryFor(setup), "the shorter run's result is gone");
            assertFlowOf(longerSetup, overlay.trajectoryFor(longerSetup));
        }
    }

    /** {@code t} is the kernel-limit flow of {@code setup} at its snapshot times, starting from its initial residual. */
    private static void assertFlowOf(Setup setup, SpectrumTrajectory t) {
        assertNotNull(t);
        double[] times = setup.snapshotTimes();
        SpectrumTrajectory expected = setup.kernelFlowTrajectory(setup.kernelFlow(KernelFlowKind.KERNEL_LIMIT), times);
        assertArrayEquals(times, t.times());
        double scale = max(setup.initialResidual().abs());
        assertArrayEquals(setup.initialResidual().abs(), t.abs()[0], 1e-9 * scale, "t = 0: the initial residual");
        for (int i = 0; i < times.length; i++) {
            assertArrayEquals(expected.abs()[i], t.abs()[i], 1e-9 * scale, "time " + i);
            assertEquals(expected.loss()[i], t.loss()[i], 1e-12 * expected.loss()[0]);
        }
    }

    private static void awaitDrain(KernelFlowOverlay overlay) throws InterruptedException {
        List<String> errors = new ArrayList<>();
        while (!overlay.drain(errors::add)) {
            assertTrue(errors.isEmpty(), errors::toString);
            Thread.sleep(5);
        }
    }

    private static KernelFlowResult await(KernelFlowService service) throws InterruptedException {
        KernelFlowResult r;
        while ((r = service.poll()) == null) {
            Thread.sleep(5);
        }
        return r;
    }

    /** r(t) for dr/dt = -(theta dx) r by {@code steps} classical Runge-Kutta steps. */
    private static double[] rungeKutta(double[][] theta, double dx, double[] r0, double t, int steps) {
        double h = t / steps;
        double[] r = r0.clone();
        for (int s = 0; s < steps; s++) {
            double[] k1 = slope(theta, dx, r, null, 0);
            double[] k2 = slope(theta, dx, r, k1, h / 2);
            double[] k3 = slope(theta, dx, r, k2, h / 2);
            double[] k4 = slope(theta, dx, r, k3, h);
            for (int i = 0; i < r.length; i++) {
                r[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        return r;
    }

    /** -(theta dx)(r + c k). */
    private static double[] slope(double[][] theta, double dx, double[] r, double[] k, double c) {
        int n = r.length;
        double[] x = r.clone();
        if (k != null) {
            for (int i = 0; i < n; i++) {
                x[i] += c * k[i];
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += theta[i][j] * x[j];
            }
            out[i] = -dx * sum;
        }
        return out;
    }

    private static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }
}
