package org.freqbias.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.freqbias.core.experiment.Frame;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.Setup;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.spectrum.SpectrumTrajectory;
import org.junit.jupiter.api.Test;

class RunRecordBuilderTest {

    /** The trajectory the frames of a run carry, as the app would hand it over (all snapshot times). */
    private static SpectrumTrajectory pdeOf(Setup setup, List<Frame> frames) {
        double[] times = frames.stream().mapToDouble(f -> f.snapshot().time()).toArray();
        return new SpectrumTrajectory(setup.grid(), times, frames.stream().map(Frame::pdeAbs).toArray(double[][]::new),
                frames.stream().mapToDouble(Frame::pdeLoss).toArray());
    }

    @Test
    void aHeadlessRecordHoldsTheFiguresOfTheRun() throws IOException {
        RecordedRuns.Recorded run = RecordedRuns.run(RecordedRuns.shrunk("gaussian-bias", 256, 512, 400));
        RunRecord r = run.record();
        // The runner's own figures (RunResult, tracked by RunRecorder) are the reference: equal to the bit.
        assertArrayEquals(run.result().networkPeakTimes(), r.networkPeakTimes());
        assertArrayEquals(run.result().pdePeakTimes(), r.pdePeakTimes());
        assertEquals(run.result().maxAgreement(), r.agreement().max());
        List<Double> agreements = run.result().agreements();
        assertEquals(agreements.get(agreements.size() - 1), r.agreement().last());
        assertEquals(run.result().networkBias(), r.networkBias());
        assertEquals(400, r.stepsDone());
        assertTrue(r.finished());
        // 21 snapshots all kept, each the frame's values as floats.
        assertEquals(run.frames().size(), r.snapshots().size());
        for (int i = 0; i < r.snapshots().size(); i++) {
            KeptSnapshot s = r.snapshots().get(i);
            Frame f = run.frames().get(i);
            assertEquals(f.snapshot().step(), s.step());
            assertEquals(f.snapshot().loss(), s.loss());
            assertEquals(f.pdeLoss(), s.pdeLoss());
            double[] abs = f.snapshot().spectrum().abs();
            double[] kept = s.networkAbs();
            for (int k = 0; k < abs.length; k++) {
                assertEquals((float) abs[k], kept[k]);
            }
        }
        assertEquals(r.snapshots().get(7), r.nearest(r.snapshots().get(7).time() + 1e-9));
    }

    @Test
    void theAppsStreamGivesTheSameRecordAsTheFramesEvenWhenThePdeComesLate() throws IOException {
        RecordedRuns.Recorded run = RecordedRuns.run(RecordedRuns.shrunk("uniform-no-bias", 256, 512, 400));
        Setup setup = run.setup();
        SpectrumTrajectory pde = pdeOf(setup, run.frames());
        RunRecordBuilder app = new RunRecordBuilder(setup);
        int half = run.frames().size() / 2;
        for (int i = 0; i < run.frames().size(); i++) {
            if (i == half) {
                app.pde(pde, setup.session().pde());
            }
            app.add(run.frames().get(i).snapshot());
            app.add(run.frames().get(i).snapshot());     // a repeat is ignored
        }
        RunRecord fromApp = app.build(run.result().stepsDone(), null);
        RunRecord fromFrames = run.record();
        assertEquals(fromFrames.networkLearningTimes(), fromApp.networkLearningTimes());
        assertEquals(fromFrames.pdeLearningTimes(), fromApp.pdeLearningTimes());
        assertEquals(fromFrames.agreement().max(), fromApp.agreement().max());
        assertArrayEquals(fromFrames.agreement().values(), fromApp.agreement().values());
        assertArrayEquals(fromFrames.last().pdeAbs(), fromApp.last().pdeAbs());
    }

    /**
     * The app solves the PDE only at the snapshot times its history keeps (Setup.keptTimes): the
     * agreement is then the headless one at those times (the same computation, so equal to the bit),
     * and each kept snapshot carries the PDE at the solved time nearest its own.
     */
    @Test
    void theAppsPdeAtSomeSnapshotTimesGivesTheAgreementThereAndTheNearestPde() throws IOException {
        RecordedRuns.Recorded run = RecordedRuns.run(RecordedRuns.shrunk("gaussian-bias", 256, 512, 400));
        Setup setup = run.setup();
        List<Frame> frames = run.frames();
        int[] solved = {0, 4, 8, 12, 16, frames.size() - 1}; // every fourth snapshot and the last, as History.keptIndices
        List<Frame> some = java.util.Arrays.stream(solved).mapToObj(frames::get).toList();
        RunRecordBuilder app = new RunRecordBuilder(setup);
        app.pde(pdeOf(setup, some), setup.session().pde());
        frames.forEach(f -> app.add(f.snapshot()));
        RunRecord r = app.build(run.result().stepsDone(), null);

        RunRecord headless = run.record();
        double[] times = some.stream().mapToDouble(f -> f.snapshot().time()).toArray();
        assertArrayEquals(times, r.agreement().times());
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < solved.length; i++) {
            double expected = headless.agreement().values()[solved[i]];
            assertEquals(expected, r.agreement().values()[i], "agreement at t = " + times[i]);
            max = Math.max(max, expected);
        }
        assertEquals(max, r.agreement().max());
        assertEquals(headless.agreement().last(), r.agreement().last(), "the last snapshot is solved");

        for (int i = 0; i < r.snapshots().size(); i++) {
            KeptSnapshot s = r.snapshots().get(i);
            int nearest = 0;
            for (int j = 1; j < times.length; j++) {
                nearest = Math.abs(times[j] - s.time()) < Math.abs(times[nearest] - s.time()) ? j : nearest;
            }
            assertArrayEquals(headless.snapshots().get(solved[nearest]).pdeAbs(), s.pdeAbs(), "PDE kept at t = " + s.time());
        }
    }

    @Test
    void aPdeAtTimesThatAreNotSnapshotTimesIsRefused() throws IOException {
        RecordedRuns.Recorded run = RecordedRuns.run(RecordedRuns.shrunk("gaussian-bias", 128, 64, 40));
        Setup setup = run.setup();
        List<Frame> frames = run.frames();
        RunRecordBuilder app = new RunRecordBuilder(setup);
        SpectrumTrajectory full = pdeOf(setup, frames);
        double[] shifted = full.times().clone();
        shifted[2] += 1e-3;
        assertThrows(IllegalArgumentException.class,
                () -> app.pde(new SpectrumTrajectory(setup.grid(), shifted, full.abs(), full.loss()), setup.session().pde()));
        SpectrumTrajectory late = pdeOf(setup, frames.subList(1, frames.size())); // without t = 0
        assertThrows(IllegalArgumentException.class, () -> app.pde(late, setup.session().pde()));
    }

    @Test
    void aStoppedRunKeepsWhatItReachedWithLowerBounds() throws IOException {
        RecordedRuns.Recorded run = RecordedRuns.run(RecordedRuns.shrunk("gaussian-bias", 256, 512, 400));
        RunRecordBuilder app = new RunRecordBuilder(run.setup());
        List<Frame> firstFew = run.frames().subList(0, 4);
        firstFew.forEach(f -> app.add(f.snapshot()));
        app.pde(pdeOf(run.setup(), run.frames()), run.setup().session().pde());
        RunRecord r = app.build(firstFew.get(3).snapshot().step(), null);
        assertFalse(r.finished());
        double stopped = firstFew.get(3).snapshot().time();
        assertEquals(stopped, r.last().time());
        LearningTime high = r.pdePeakTimes()[r.pdePeakTimes().length - 1];
        assertTrue(high.lowerBound() && high.time() == stopped, "the PDE is tracked only as far as the run went: " + high);
    }

    @Test
    void oneBuilderTakesOneStreamInStepOrder() throws IOException {
        RecordedRuns.Recorded run = RecordedRuns.run(RecordedRuns.shrunk("gaussian-bias", 128, 64, 40));
        RunRecordBuilder b = new RunRecordBuilder(run.setup());
        assertThrows(IllegalStateException.class, () -> b.build(0, null));
        b.add(run.frames().get(2));
        assertThrows(IllegalStateException.class, () -> b.add(run.frames().get(3).snapshot()));
        assertThrows(IllegalArgumentException.class, () -> b.add(run.frames().get(1)));
    }

    @Test
    void keptSnapshotsAreBoundedByBytesAndKeepFirstAndLast() throws IOException {
        RecordedRuns.Recorded run = RecordedRuns.run(RecordedRuns.shrunk("plane-waves", 32, 256, 200), KernelFlowKind.KERNEL_LIMIT);
        // 32 x 32 grid: each snapshot 4 x (1024 + 4 x 1024) bytes = 20 KB; 200 KB keep 10 -> the minimum 16.
        RunRecordBuilder small = new RunRecordBuilder(run.setup(), 20, 200_000);
        run.frames().forEach(small::add);
        RunRecord r = small.build(200, null);
        assertTrue(r.snapshots().size() <= RunRecordBuilder.MIN_KEPT + 1, "kept " + r.snapshots().size());
        assertEquals(0, r.snapshots().get(0).step());
        assertEquals(200, r.last().step());
        assertTrue(r.last().kernelFlowAbs(KernelFlowKind.KERNEL_LIMIT) != null);
        assertEquals(run.result().kernelFlowPeakTimes().get(KernelFlowKind.KERNEL_LIMIT)[0],
                r.kernelFlowLearningTimes(KernelFlowKind.KERNEL_LIMIT).at(r.peakIndices())[0]);
        // The figures are the full run's, not the kept snapshots'.
        assertEquals(run.result().maxAgreement(), r.agreement().max());
    }
}
