package org.freqbias.core.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.freqbias.core.net.Trainer;
import org.freqbias.core.net.TrainingDivergedException;
import org.freqbias.core.pde2d.PdeTrajectory2D;
import org.freqbias.core.session.TrainingSpec;
import org.freqbias.core.spectrum.Spectrum2D;

/**
 * Runs a 2D session headless, the counterpart of {@link ExperimentRunner}: solves the 2D PDE at
 * every snapshot time (one Crank-Nicolson sweep), trains the network and hands each
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
        TrainingSpec training = setup.session().training();
        double[] snapshotTimes = training.snapshotTimes();
        long pdeStart = System.nanoTime();
        PdeTrajectory2D pde = Prediction.trajectory(setup, snapshotTimes);
        double pdeSeconds = (System.nanoTime() - pdeStart) / 1e9;

        double[] target = setup.target();
        double[] nn0 = setup.initialResidual().abs();
        int[] peaks = setup.peakIndices();
        boolean[] compared = Agreement.within(setup.magnitudes(), compareMaxFrequency);
        LearningTimeTracker nnTimes = new LearningTimeTracker(nn0);
        LearningTimeTracker pdeTimes = new LearningTimeTracker(pde.abs()[0]);
        Distances distances = new Distances(compared, nn0);
        ReferenceSpectra referenceSpectra = new ReferenceSpectra(references, r -> Spectrum2D.of(r, setup.domain()).abs());
        List<Double> times = new ArrayList<>();
        List<Double> agreements = new ArrayList<>();
        String divergence = null;
        long trainNanos = 0;
        int stepsDone;
        try (Trainer trainer = setup.newTrainer()) {
            for (int i = 0; ; i++) {
                int step = (int) trainer.stepsDone();
                double t = snapshotTimes[i];
                double[] fit = trainer.fit();
                double[] nnAbs = Spectrum2D.of(Residuals.of(fit, target), setup.domain()).abs();
                double[] pdeAbs = pde.abs()[i];
                double agreement = Agreement.relativeDistance(compared, nnAbs, pdeAbs, nn0);
                nnTimes.add(t, nnAbs);
                pdeTimes.add(t, pdeAbs);
                times.add(t);
                agreements.add(agreement);
                Map<String, double[]> referenceAbs = referenceSpectra.at(t);
                distances.add(nnAbs, pdeAbs, referenceAbs);
                listener.frame(new PlaneFrame(step, t, trainer.loss(), nnAbs, pdeAbs, pde.loss()[i], agreement, fit, referenceAbs));
                if (step >= training.steps()) {
                    break;
                }
                int next = Math.min(training.steps(), (step / training.snapshotEvery() + 1) * training.snapshotEvery());
                long t0 = System.nanoTime();
                try {
                    while (trainer.stepsDone() < next) {
                        trainer.step();
                    }
                } catch (TrainingDivergedException e) {
                    divergence = e.getMessage();
                    break;
                } finally {
                    trainNanos += System.nanoTime() - t0;
                }
            }
            stepsDone = (int) trainer.stepsDone();
        }
        return new RunResult(stepsDone, times, agreements, distances.maxima(), setup.peaks(), setup.pureDampingTimes(),
                nnTimes.at(peaks), pdeTimes.at(peaks), referenceSpectra.peakTimes(peaks), divergence, trainNanos / 1e9, pdeSeconds);
    }
}
