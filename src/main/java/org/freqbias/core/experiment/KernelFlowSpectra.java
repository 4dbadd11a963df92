package org.freqbias.core.experiment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.freqbias.core.kernel.KernelFlow;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.spectrum.FrequencyGrid;

/**
 * The spectra of a run's kernel flows at each snapshot, |r^| on the run's grid, with the learning
 * time of every frequency tracked as for network and PDE.
 */
final class KernelFlowSpectra {

    private final Map<KernelFlowKind, KernelFlow> flows;
    private final FrequencyGrid grid;
    private final Map<KernelFlowKind, LearningTimeTracker> trackers = new EnumMap<>(KernelFlowKind.class);

    KernelFlowSpectra(Map<KernelFlowKind, KernelFlow> flows, FrequencyGrid grid) {
        this.flows = flows.isEmpty() ? Map.of() : new EnumMap<>(flows);
        this.grid = grid;
        this.flows.forEach((kind, flow) -> trackers.put(kind, new LearningTimeTracker(absAt(flow, 0))));
    }

    /** |r^(xi, t)| of each flow, in kind order; times must increase from call to call. */
    Map<KernelFlowKind, double[]> at(double t) {
        Map<KernelFlowKind, double[]> out = new EnumMap<>(KernelFlowKind.class);
        flows.forEach((kind, flow) -> {
            double[] abs = absAt(flow, t);
            trackers.get(kind).add(t, abs);
            out.put(kind, abs);
        });
        return Collections.unmodifiableMap(out);
    }

    /** The learning times of each flow at the given frequency indices. */
    Map<KernelFlowKind, LearningTime[]> peakTimes(int[] peaks) {
        Map<KernelFlowKind, LearningTime[]> out = new EnumMap<>(KernelFlowKind.class);
        trackers.forEach((kind, tracker) -> out.put(kind, tracker.at(peaks)));
        return Collections.unmodifiableMap(out);
    }

    private double[] absAt(KernelFlow flow, double t) {
        return grid.transform(flow.residualAt(t)).abs();
    }
}
