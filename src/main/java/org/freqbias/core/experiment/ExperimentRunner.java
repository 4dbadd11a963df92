package org.freqbias.core.experiment;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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
        long[] pdeNanos = {System.nanoTime() - pdeStart};

        double[] xi = setup.frequencies();
        RunRecorder recorder = new RunRecorder(Agreement.within(xi, compareMaxFrequency), setup.initialResidual().abs(),
                pde.abs(0, xi), new ReferenceSpectra(references, r -> Spectrum.of(r, setup.domain()).abs()));
        try (TrainingRun run = new TrainingRun(setup)) {
            String divergence = run.visitAll(snapshot -> {
                long t0 = System.nanoTime();
                double[] pdeAbs = pde.abs(snapshot.time(), xi);
                double pdeLoss = pde.loss(snapshot.time());
                pdeNanos[0] += System.nanoTime() - t0;
                RunRecorder.Entry entry = recorder.add(snapshot.time(), snapshot.spectrum().abs(), pdeAbs);
                listener.frame(new Frame(snapshot, pdeAbs, pdeLoss, entry.agreement(), entry.references()));
            });
            double[][] peakVectors = Arrays.stream(setup.peaks()).mapToObj(f -> new double[] {f}).toArray(double[][]::new);
            double[] pureDamping = Arrays.stream(setup.peaks())
                    .map(f -> 1 / (2 * Math.PI * setup.session().distribution().density(f))).toArray();
            return recorder.result(run.stepsDone(), setup.peakIndices(), peakVectors, pureDamping, divergence,
                    run.trainSeconds(), pdeNanos[0] / 1e9);
        }
    }
}
