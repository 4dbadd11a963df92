package org.freqbias.core.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The spectra of a run's reference flows ({@link ReferenceFlow}) at each snapshot, with the
 * learning time of every frequency tracked as for network and PDE. Shared by the 1D and 2D runners,
 * which differ only in the transform that turns a residual on the grid into |r^|.
 */
final class ReferenceSpectra {

    private final List<ReferenceFlow> flows;
    private final UnaryOperator<double[]> transformAbs;
    private final Map<String, LearningTimeTracker> trackers = new LinkedHashMap<>();

    /** @param transformAbs residual on the grid to |r^| on the run's frequencies */
    ReferenceSpectra(List<ReferenceFlow> flows, UnaryOperator<double[]> transformAbs) {
        this.flows = List.copyOf(flows);
        this.transformAbs = transformAbs;
        for (ReferenceFlow f : this.flows) {
            trackers.put(f.name(), new LearningTimeTracker(transformAbs.apply(f.flow().residualAt(0))));
        }
    }

    /** |r^(xi, t)| of each flow by name, in order; times must increase from call to call. */
    Map<String, double[]> at(double t) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (ReferenceFlow f : flows) {
            double[] abs = transformAbs.apply(f.flow().residualAt(t));
            trackers.get(f.name()).add(t, abs);
            out.put(f.name(), abs);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The learning times of each flow at the given frequency indices. */
    Map<String, LearningTime[]> peakTimes(int[] peaks) {
        Map<String, LearningTime[]> out = new LinkedHashMap<>();
        trackers.forEach((name, tracker) -> out.put(name, tracker.at(peaks)));
        return Collections.unmodifiableMap(out);
    }
}
