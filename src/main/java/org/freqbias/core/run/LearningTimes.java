package org.freqbias.core.run;

import java.util.Arrays;
import org.freqbias.core.experiment.LearningTime;
import org.freqbias.core.experiment.LearningTimeTracker;

/**
 * The learning time of every frequency of a run's grid from one source (the network, the PDE or a
 * kernel flow), at full precision: per frequency index k the first t with
 * |r^(xi_k, t)| / |r^(xi_k, 0)| &lt; 1/e, interpolated between the snapshots around it, or, when the
 * run ended first, the last time seen as a lower bound ({@link LearningTime}). Tracked on every
 * snapshot, never on the kept ones only. Immutable.
 */
public final class LearningTimes {

    private final double[] times;
    private final boolean[] lowerBound;

    /** @param times and lowerBound one entry per grid frequency (copied) */
    public LearningTimes(double[] times, boolean[] lowerBound) {
        if (times.length != lowerBound.length) {
            throw new IllegalArgumentException("one flag per time: " + times.length + " times, " + lowerBound.length + " flags");
        }
        this.times = times.clone();
        this.lowerBound = lowerBound.clone();
    }

    /** What {@code tracker} holds for each of the first {@code size} frequencies. */
    static LearningTimes of(LearningTimeTracker tracker, int size) {
        double[] t = new double[size];
        boolean[] bound = new boolean[size];
        for (int k = 0; k < size; k++) {
            LearningTime lt = tracker.at(k);
            t[k] = lt.time();
            bound[k] = lt.lowerBound();
        }
        return new LearningTimes(t, bound);
    }

    /** The number of frequencies (the grid's size). */
    public int size() {
        return times.length;
    }

    /** The learning time of frequency index k. */
    public LearningTime at(int k) {
        return new LearningTime(times[k], lowerBound[k]);
    }

    /** The learning times at each of {@code indices} (such as the peaks'), in order. */
    public LearningTime[] at(int[] indices) {
        return Arrays.stream(indices).mapToObj(this::at).toArray(LearningTime[]::new);
    }

    /** Every time, indexed by frequency (a copy). */
    public double[] times() {
        return times.clone();
    }

    /** Every lower-bound flag, indexed by frequency (a copy). */
    public boolean[] lowerBounds() {
        return lowerBound.clone();
    }

    /** Bytes of the arrays held: 8 per time, 1 per flag, two array headers and this object. */
    long bytes() {
        return 9L * times.length + 2 * Footprint.ARRAY_HEADER + Footprint.OBJECT_HEADER;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearningTimes other && Arrays.equals(times, other.times) && Arrays.equals(lowerBound, other.lowerBound);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + Arrays.hashCode(lowerBound);
    }
}
