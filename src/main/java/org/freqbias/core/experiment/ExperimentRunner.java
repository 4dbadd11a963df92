package org.freqbias.core.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.freqbias.core.net.TrainingDivergedException;
import org.freqbias.core.pde.PdeSolution;
import org.freqbias.core.spectrum.Spectrum;

/**
 * Runs a session headless: trains the network, evaluates the PDE at every snapshot time and hands
 * each {@link Frame} to a listener (the CLI writes them to files, tests inspect them). Learning
 * times are tracked on every snapshot, so nothing depends on what a listener keeps.
 */
public final class ExperimentRunner {

    /** Receives frames in time order, on the calling thread. */
    @FunctionalInterface
    public interface Listener {
        void frame(Frame frame) throws IOException;
    }

    private final Setup setup;
    private final double compareMaxFrequency;
    private final List<ReferenceFlow> references;

    public ExperimentRunner(Setup setup, double compareMaxFrequency) {
        this(setup, compareMaxFrequency, List.of());
    }

    /** @param references kernel flows evaluated beside network and PDE at every snapshot */
    public ExperimentRunner(Setup setup, double compareMaxFrequency, List<ReferenceFlow> references) {
        this.setup = setup;
        this.compareMaxFrequency = compareMaxFrequency;
        this.references = List.copyOf(references);
    }

    /**
     * Trains to the session's last step, or until the loss diverges (then the result says so and
     * every frame before it has been delivered).
     */
    public RunResult run(Listener listener) throws IOException {
        long pdeStart = System.nanoTime();
        PdeSolution pde = Prediction.solve(setup);
        long pdeNanos = System.nanoTime() - pdeStart;

        double[] xi = setup.frequencies();
        double[] nn0 = setup.initialResidual().abs();
        int[] peaks = setup.peakIndices();
        LearningTimeTracker nnTimes = new LearningTimeTracker(nn0);
        LearningTimeTracker pdeTimes = new LearningTimeTracker(pde.abs(0, xi));
        List<Double> times = new ArrayList<>();
        List<Double> agreements = new ArrayList<>();
        boolean[] compared = Agreement.within(xi, compareMaxFrequency);
        Distances distances = new Distances(compared, nn0);
        ReferenceSpectra referenceSpectra = new ReferenceSpectra(references, r -> Spectrum.of(r, setup.domain()).abs());
        String divergence = null;
        long trainNanos = 0;

        try (TrainingRun run = new TrainingRun(setup)) {
            Snapshot snapshot = run.snapshot();
            while (true) {
                long t0 = System.nanoTime();
                double[] pdeAbs = pde.abs(snapshot.time(), xi);
                double pdeLoss = pde.loss(snapshot.time());
                pdeNanos += System.nanoTime() - t0;
                double[] nnAbs = snapshot.spectrum().abs();
                double agreement = Agreement.relativeDistance(compared, nnAbs, pdeAbs, nn0);
                nnTimes.add(snapshot.time(), nnAbs);
                pdeTimes.add(snapshot.time(), pdeAbs);
                times.add(snapshot.time());
                agreements.add(agreement);
                Map<String, double[]> referenceAbs = referenceSpectra.at(snapshot.time());
                distances.add(nnAbs, pdeAbs, referenceAbs);
                listener.frame(new Frame(snapshot, pdeAbs, pdeLoss, agreement, referenceAbs));
                if (run.finished()) {
                    break;
                }
                long t1 = System.nanoTime();
                try {
                    snapshot = run.advance();
                } catch (TrainingDivergedException e) {
                    divergence = e.getMessage();
                    break;
                } finally {
                    trainNanos += System.nanoTime() - t1;
                }
            }
            double[][] peakVectors = Arrays.stream(setup.peaks()).mapToObj(f -> new double[] {f}).toArray(double[][]::new);
            double[] pureDamping = Arrays.stream(setup.peaks())
                    .map(f -> 1 / (2 * Math.PI * setup.session().distribution().density(f))).toArray();
            return new RunResult(run.stepsDone(), times, agreements, distances.maxima(), peakVectors, pureDamping,
                    nnTimes.at(peaks), pdeTimes.at(peaks), referenceSpectra.peakTimes(peaks), divergence, trainNanos / 1e9, pdeNanos / 1e9);
        }
    }
}
