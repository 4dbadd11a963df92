package org.freqbias.core.spectrum;

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

    /** The index into {@link #times()} nearest to {@code t}. */
    public int indexNearest(double t) {
        int best = 0;
        for (int i = 1; i < times.length; i++) {
            if (Math.abs(times[i] - t) < Math.abs(times[best] - t)) {
                best = i;
            }
        }
        return best;
    }

    /** |u| at the time nearest to {@code t}. */
    public double[] absNearest(double t) {
        return abs[indexNearest(t)];
    }
}
