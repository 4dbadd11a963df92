package org.freqbias.core.run;

/**
 * How far the network is from the PDE over a run: the relative distance
 * ||nn_abs - pde_abs|| / ||nn_abs(t = 0)|| over the grid frequencies with |xi| &lt;= the compared
 * frequency ({@link org.freqbias.core.experiment.Agreement#relativeDistance}). The largest and the
 * final value are taken over every snapshot; the series over time is the one drawn, at most
 * {@link RunRecordBuilder#MAX_AGREEMENTS} points evenly strided over the run (every snapshot for
 * runs up to that many). Immutable; NaN where no frequency qualifies or without a PDE.
 */
public final class Agreements {

    private final double compareMaxFrequency;
    private final double[] times;
    private final double[] values;
    private final double max;
    private final double last;

    /**
     * @param times  and values the series (copied), times ascending
     * @param max    the largest value over every snapshot (NaN if none)
     * @param last   the value at the last snapshot (NaN if none)
     */
    public Agreements(double compareMaxFrequency, double[] times, double[] values, double max, double last) {
        if (times.length != values.length) {
            throw new IllegalArgumentException("one value per time: " + times.length + " times, " + values.length + " values");
        }
        this.compareMaxFrequency = compareMaxFrequency;
        this.times = times.clone();
        this.values = values.clone();
        this.max = max;
        this.last = last;
    }

    /** The frequencies compared: |xi| up to this. */
    public double compareMaxFrequency() {
        return compareMaxFrequency;
    }

    /** Times of the series (a copy). */
    public double[] times() {
        return times.clone();
    }

    /** The distance at each of {@link #times()} (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** The largest distance over every snapshot of the run. */
    public double max() {
        return max;
    }

    /** The distance at the run's last snapshot. */
    public double last() {
        return last;
    }

    long bytes() {
        return Footprint.OBJECT_HEADER + 3 * 8 + 2 * Footprint.REFERENCE + 2 * Footprint.doubles(times.length);
    }
}
