package org.freqbias.core.spectrum;

import org.freqbias.core.numeric.Nearest;

/**
 * A spectrum sampled at times, as the PDE of either dimension and the kernel flows give it:
 * {@code abs[i][k]} = |u| at the grid's frequency k at {@code times[i]} (NaN where undefined, such
 * as outside the PDE's mesh), and the loss there. Charts and distances read every trajectory
 * through this one type.
 *
 * @param times non-decreasing
 */
public record SpectrumTrajectory(FrequencyGrid grid, double[] times, double[][] abs, double[] loss) {

    public SpectrumTrajectory {
        if (abs.length != times.length || loss.length != times.length) {
            throw new IllegalArgumentException("one spectrum and one loss per time: " + times.length + " times, "
                    + abs.length + " spectra, " + loss.length + " losses");
        }
    }

    /** The index into {@link #times()} nearest to {@code t} (the earlier of two equally near), by binary search. */
    public int indexNearest(double t) {
        return Nearest.index(i -> times[i], times.length, t);
    }

    /** |u| at the time nearest to {@code t}. */
    public double[] absNearest(double t) {
        return abs[indexNearest(t)];
    }
}
