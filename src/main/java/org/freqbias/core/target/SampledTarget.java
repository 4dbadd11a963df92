package org.freqbias.core.target;

import java.util.Arrays;
import java.util.Objects;

/**
 * g given by samples (x_i, y_i), a sketched curve or measured data: linear between the samples and
 * zero outside [x_0, x_n] (a curve drawn over part of the window leaves the rest at rest, as the
 * drawn density does outside its points). Optional nominal peak frequencies as for a formula.
 */
public final class SampledTarget implements Target {

    /** At most this many samples: the largest grid has 65536 points. */
    public static final int MAX_POINTS = 1 << 16;

    private final double[] x;
    private final double[] y;
    private final double[] peaks;

    /**
     * @param x     strictly increasing, finite
     * @param y     finite, as many as x
     * @param peaks nominal peak frequencies (finite, > 0); empty to derive them from the spectrum
     * @throws IllegalArgumentException naming the first bad point ("points[i]") and what to fix
     */
    public SampledTarget(double[] x, double[] y, double[] peaks) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("as many y as x values are needed, got " + y.length + " and " + x.length);
        }
        if (x.length < 2 || x.length > MAX_POINTS) {
            throw new IllegalArgumentException("needs between 2 and " + MAX_POINTS + " points [x, y], got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("points[" + i + "] = [" + x[i] + ", " + y[i] + "]: x and y must be finite numbers");
            }
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("points[" + i + "]: x = " + x[i] + " must be greater than the previous x = "
                        + x[i - 1] + " (sort the points by x, each x once)");
            }
        }
        this.x = x.clone();
        this.y = y.clone();
        this.peaks = PeakList.of(peaks);
    }

    /** Points given as [[x, y], ...]. */
    public static SampledTarget of(double[][] points, double[] peaks) {
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2) {
                throw new IllegalArgumentException("points[" + i + "] must be a pair [x, y]");
            }
            x[i] = points[i][0];
            y[i] = points[i][1];
        }
        return new SampledTarget(x, y, peaks);
    }

    /** The samples as [[x, y], ...] (fresh arrays). */
    public double[][] points() {
        double[][] p = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            p[i] = new double[] {x[i], y[i]};
        }
        return p;
    }

    /** The number of samples. */
    public int size() {
        return x.length;
    }

    /** The peaks as given (sorted, without repeats); empty when they are derived from the spectrum. */
    public double[] peaks() {
        return peaks.clone();
    }

    @Override
    public double value(double at) {
        if (at < x[0] || at > x[x.length - 1]) {
            return 0;
        }
        int i = Arrays.binarySearch(x, at);
        if (i >= 0) {
            return y[i];
        }
        int k = -i - 2;                                  // x[k] < at < x[k + 1]
        double t = (at - x[k]) / (x[k + 1] - x[k]);
        return y[k] + t * (y[k + 1] - y[k]);
    }

    @Override
    public double[] nominalPeaks() {
        return peaks.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SampledTarget t && Arrays.equals(x, t.x) && Arrays.equals(y, t.y) && Arrays.equals(peaks, t.peaks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(x), Arrays.hashCode(y), Arrays.hashCode(peaks));
    }

    @Override
    public String toString() {
        return "samples(" + x.length + " points)";
    }
}
