package org.freqbias.core.experiment;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;

/**
 * Runs a session headless, in 1D or 2D: trains the network, reads the PDE's prediction at every
 * snapshot time, evolves the run's kernel flows beside them and hands each {@link Frame} to a
 * listener (the CLI writes them to files, tests inspect them). Agreement is measured over
 * |xi| <= the compared frequency; learning times are tracked on every snapshot at every grid
 * frequency, so nothing depends on what a listener keeps.
 */
public final class ExperimentRunner {

    /** Receives frames in time order, on the calling thread. */
    @FunctionalInterface
    public interface Listener {
        void frame(Frame frame) throws IOException;
    }

    private final Setup setup;
    private final double compareMaxFrequency;
    private final Map<KernelFlowKind, KernelFlow> kernelFlows;
    private final int threads;

    public ExperimentRunner(Setup setup, double compareMaxFrequency) {
        this(setup, compareMaxFrequency, Map.of());
    }

    /** @param kernelFlows flows evaluated beside network and PDE at every snapshot ({@link Setup#kernelFlow}) */
    public ExperimentRunner(Setup setup, double compareMaxFrequency, Map<KernelFlowKind, KernelFlow> kernelFlows) {
        this(setup, compareMaxFrequency, kernelFlows, NetworkModel.ALL_CORES, true);
    }

    /**
     * As above, training on at most {@code threads} threads (several runs at once give each fewer;
     * the run is the same for any count).
     */
    public ExperimentRunner(Setup setup, double compareMaxFrequency, Map<KernelFlowKind, KernelFlow> kernelFlows,
            int threads) {
        this(setup, compareMaxFrequency, kernelFlows, threads, threads >= 1);
    }

    private ExperimentRunner(Setup setup, double compareMaxFrequency, Map<KernelFlowKind, KernelFlow> kernelFlows,
            int threads, boolean valid) {
        if (!valid) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.setup = setup;
        this.compareMaxFrequency = compareMaxFrequency;
        this.kernelFlows = kernelFlows.isEmpty() ? Map.of() : new EnumMap<>(kernelFlows);
        this.threads = threads;
    }

    /**
     * Trains to the session's last step, or until the loss diverges (then the result says so and
     * every frame before it has been delivered).
     */
    public RunResult run(Listener listener) throws IOException {
        long pdeStart = System.nanoTime();
        Prediction pde = setup.prediction();
        long[] pdeNanos = {System.nanoTime() - pdeStart};

        RunRecorder recorder = new RunRecorder(Agreement.within(setup.grid().magnitudes(), compareMaxFrequency),
                setup.initialResidual().abs(), pde.absAt(0), new KernelFlowSpectra(kernelFlows, setup.grid()));
        try (TrainingRun run = threads == NetworkModel.ALL_CORES ? new TrainingRun(setup) : new TrainingRun(setup, threads)) {
            String divergence = run.visitAll(snapshot -> {
                long t0 = System.nanoTime();
                double[] pdeAbs = pde.absAt(snapshot.time());
                double pdeLoss = pde.lossAt(snapshot.time());
                pdeNanos[0] += System.nanoTime() - t0;
                RunRecorder.Entry entry = recorder.add(snapshot.time(), snapshot.spectrum().abs(), pdeAbs);
                listener.frame(new Frame(snapshot, pdeAbs, pdeLoss, entry.agreement(), entry.kernelFlows()));
            });
            return recorder.result(run.stepsDone(), setup.peakIndices(), setup.peaks(), setup.pureDampingTimes(),
                    divergence, run.trainSeconds(), pdeNanos[0] / 1e9);
        }
    }
}
