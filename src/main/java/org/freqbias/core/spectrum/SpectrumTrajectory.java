package org.freqbias.core.spectrum;

/**
 * A spectrum sampled at a list of times, as the PDE (1D or 2D) and the kernel flows give it:
 * {@code abs()[i]} = |u| at the frequencies of one data grid at {@code times()[i]}, and the loss
 * there. Charts and distances read the 1D and 2D trajectories through this one view.
 */
public interface SpectrumTrajectory {

    double[] times();

    /** |u| per time, each over the grid's frequencies in the grid's order. */
    double[][] abs();

    double[] loss();

    /** The index into {@link #times()} nearest to {@code t}. */
    default int indexNearest(double t) {
        double[] times = times();
        int best = 0;
        for (int i = 1; i < times.length; i++) {
            if (Math.abs(times[i] - t) < Math.abs(times[best] - t)) {
                best = i;
            }
        }
        return best;
    }

    /** |u| at the time nearest to {@code t}. */
    default double[] absNearest(double t) {
        return abs()[indexNearest(t)];
    }
}
