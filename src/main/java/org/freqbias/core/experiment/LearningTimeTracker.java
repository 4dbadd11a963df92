package org.freqbias.core.experiment;

/**
 * Streams relative-error spectra and records, per frequency, when each first falls below 1/e.
 * Fed every snapshot (never decimated), so learning times do not depend on what the charts keep.
 * The crossing time is interpolated linearly in log(ratio) between the two snapshots around it.
 */
public final class LearningTimeTracker {

    static final double THRESHOLD = Math.exp(-1);

    private final double[] initial;
    private final double[] crossing;
    private final double[] lastLogRatio;
    private double lastTime = Double.NaN;

    /** @param initialAbs |r^(xi, 0)| per frequency; frequencies where it is 0 never count as learned */
    public LearningTimeTracker(double[] initialAbs) {
        this.initial = initialAbs.clone();
        this.crossing = new double[initial.length];
        this.lastLogRatio = new double[initial.length];
        java.util.Arrays.fill(crossing, Double.NaN);
    }

    /** Records |r^(xi, t)| at time t; times must increase. */
    public void add(double t, double[] abs) {
        double logThreshold = Math.log(THRESHOLD);
        for (int k = 0; k < initial.length; k++) {
            double logRatio = initial[k] > 0 ? Math.log(abs[k] / initial[k]) : 0;
            if (Double.isNaN(crossing[k]) && logRatio < logThreshold) {
                if (Double.isNaN(lastTime)) {
                    crossing[k] = t;
                } else {
                    double fraction = (lastLogRatio[k] - logThreshold) / (lastLogRatio[k] - logRatio);
                    crossing[k] = lastTime + fraction * (t - lastTime);
                }
            }
            lastLogRatio[k] = logRatio;
        }
        lastTime = t;
    }

    public LearningTime at(int k) {
        return Double.isNaN(crossing[k]) ? new LearningTime(lastTime, true) : new LearningTime(crossing[k], false);
    }

    /** The learning times at each of {@code indices}, in order. */
    public LearningTime[] at(int[] indices) {
        LearningTime[] out = new LearningTime[indices.length];
        for (int p = 0; p < indices.length; p++) {
            out[p] = at(indices[p]);
        }
        return out;
    }
}
