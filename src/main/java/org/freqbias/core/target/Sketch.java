package org.freqbias.core.target;

import java.util.Arrays;

/**
 * A curve drawn with the mouse made a target: the stroke's points (x_i, y_i), in the order drawn
 * (back and forth allowed), averaged into bins of a uniform grid over the stroke's x range, empty
 * bins filled linearly from their neighbours, then smoothed by a Gaussian of {@link #SMOOTHING}
 * bins (mouse jitter is pixel-sized noise, of the highest frequencies). The result is a
 * {@link SampledTarget}: zero outside the stroke.
 */
public final class Sketch {

    /** At most this many samples: a drawn curve has no more detail than a chart's pixels. */
    public static final int MAX_BINS = 512;

    /** Standard deviation of the smoothing, in bins. */
    static final double SMOOTHING = 1.5;

    private Sketch() {
    }

    /**
     * @param spacing the data grid's spacing: bins are at least this wide
     * @throws IllegalArgumentException when the stroke spans less than two bins, or holds no finite point
     */
    public static SampledTarget toTarget(double[] x, double[] y, double spacing) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                lo = Math.min(lo, x[i]);
                hi = Math.max(hi, x[i]);
            }
        }
        if (!(hi - lo >= 2 * spacing)) {
            throw new IllegalArgumentException("the sketch is too short: drag across the chart, from left to right");
        }
        int bins = (int) Math.min(MAX_BINS, Math.floor((hi - lo) / spacing) + 1);
        double width = (hi - lo) / (bins - 1);
        double[] sum = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                int b = (int) Math.round((x[i] - lo) / width);
                sum[b] += y[i];
                count[b]++;
            }
        }
        double[] values = filled(sum, count);
        double[] centres = new double[bins];
        for (int b = 0; b < bins; b++) {
            centres[b] = lo + b * width;
        }
        return new SampledTarget(centres, smoothed(values), new double[0]);
    }

    /** The mean of each bin; an empty bin linear between the nearest filled ones (the nearest one at the ends). */
    private static double[] filled(double[] sum, int[] count) {
        int n = sum.length;
        double[] out = new double[n];
        int previous = -1;
        for (int b = 0; b < n; b++) {
            if (count[b] == 0) {
                continue;
            }
            out[b] = sum[b] / count[b];
            int from = previous < 0 ? 0 : previous + 1;
            for (int e = from; e < b; e++) {
                out[e] = previous < 0 ? out[b] : out[previous] + (out[b] - out[previous]) * (e - previous) / (b - previous);
            }
            previous = b;
        }
        Arrays.fill(out, previous + 1, n, out[previous]);
        return out;
    }

    /** A Gaussian of {@link #SMOOTHING} bins, cut at three deviations and renormalized where it meets the ends. */
    private static double[] smoothed(double[] v) {
        int reach = (int) Math.ceil(3 * SMOOTHING);
        double[] out = new double[v.length];
        for (int b = 0; b < v.length; b++) {
            double sum = 0;
            double weights = 0;
            for (int j = Math.max(0, b - reach); j <= Math.min(v.length - 1, b + reach); j++) {
                double w = Math.exp(-0.5 * (j - b) * (j - b) / (SMOOTHING * SMOOTHING));
                sum += w * v[j];
                weights += w;
            }
            out[b] = sum / weights;
        }
        return out;
    }
}
