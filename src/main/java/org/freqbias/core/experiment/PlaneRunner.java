package org.freqbias.core.experiment;

import java.io.IOException;
import java.util.List;
import org.freqbias.core.pde2d.PdeTrajectory2D;
import org.freqbias.core.spectrum.Spectrum2D;

/**
 * Runs a 2D session headless, the counterpart of {@link ExperimentRunner}: solves the 2D PDE at
 * every snapshot time (one Krylov basis for all of them), trains the network and hands each
 * {@link PlaneFrame} to a listener, with the optional reference flows (kernel limit, linearized network) beside them. Agreement is measured over |xi| <= the compared frequency;
 * learning times are tracked on every snapshot at every grid frequency.
 */
public final class PlaneRunner {

    /** Receives frames in time order, on the calling thread. */
    @FunctionalInterface
    public interface Listener {
        void frame(PlaneFrame frame) throws IOException;
    }

    private final PlaneSetup setup;
    private final double compareMaxFrequency;
    private final List<ReferenceFlow> references;

    public PlaneRunner(PlaneSetup setup, double compareMaxFrequency) {
        this(setup, compareMaxFrequency, List.of());
    }

    /** @param references kernel flows evaluated beside network and PDE at every snapshot ({@link ReferenceFlow#kernelLimit(PlaneSetup)}) */
    public PlaneRunner(PlaneSetup setup, double compareMaxFrequency, List<ReferenceFlow> references) {
        this.setup = setup;
        this.compareMaxFrequency = compareMaxFrequency;
        this.references = List.copyOf(references);
    }

    /** Trains to the last step, or until the loss diverges (every frame before it is delivered). */
    public RunResult run(Listener listener) throws IOException {
        long pdeStart = System.nanoTime();
        PdeTrajectory2D pde = Prediction.trajectory(setup, setup.session().training().snapshotTimes());
        double pdeSeconds = (System.nanoTime() - pdeStart) / 1e9;

        RunRecorder recorder = new RunRecorder(Agreement.within(setup.magnitudes(), compareMaxFrequency),
                setup.initialResidual().abs(), pde.abs()[0],
                new ReferenceSpectra(references, r -> Spectrum2D.of(r, setup.domain()).abs()));
        try (PlaneTrainingRun run = new PlaneTrainingRun(setup)) {
            int[] index = {0};   // the PDE was solved at exactly the snapshot times, in order
            String divergence = run.visitAll(snapshot -> {
                int i = index[0]++;
                double[] nnAbs = snapshot.spectrum().abs();
                double[] pdeAbs = pde.abs()[i];
                RunRecorder.Entry entry = recorder.add(snapshot.time(), nnAbs, pdeAbs);
                listener.frame(new PlaneFrame(snapshot.step(), snapshot.time(), snapshot.loss(), nnAbs, pdeAbs,
                        pde.loss()[i], entry.agreement(), snapshot.fit(), entry.references()));
            });
            return recorder.result(run.stepsDone(), setup.peakIndices(), setup.peaks(), setup.pureDampingTimes(),
                    divergence, run.trainSeconds(), pdeSeconds);
        }
    }
}
