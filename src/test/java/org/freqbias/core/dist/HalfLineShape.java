package org.freqbias.core.dist;

/**
 * Test truth for a drawn density given by points (x_i, y_i), x_i >= 0, mirrored: the CDF of |w| and
 * of the radius of the radial law, integrated here in closed form from the raw points (y linear on
 * each segment, written as alpha + beta t in absolute coordinates), independently of
 * {@link PiecewiseLinearDensity}.
 */
record HalfLineShape(double[] x, double[] y) {

    static HalfLineShape of(double[][] points) {
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            x[i] = points[i][0];
            y[i] = points[i][1];
        }
        return new HalfLineShape(x, y);
    }

    /** integral of y(t) t^power over [x_k, min(s, x_(k+1))] summed over segments, power 0 or 1. */
    private double moment(double s, int power) {
        double sum = 0;
        for (int k = 0; k + 1 < x.length && x[k] < s; k++) {
            double beta = (y[k + 1] - y[k]) / (x[k + 1] - x[k]);
            double alpha = y[k] - beta * x[k];
            double a = x[k];
            double b = Math.min(s, x[k + 1]);
            sum += power == 0
                    ? alpha * (b - a) + beta * (b * b - a * a) / 2
                    : alpha * (b * b - a * a) / 2 + beta * (b * b * b - a * a * a) / 3;
        }
        return sum;
    }

    /** P(|w| <= s). */
    double magnitudeCdf(double s) {
        return Math.min(1, moment(s, 0) / moment(x[x.length - 1], 0));
    }

    /** P(|w| <= r) for the radial law on the plane (radius density proportional to y(r) r). */
    double radiusCdf(double r) {
        return Math.min(1, moment(r, 1) / moment(x[x.length - 1], 1));
    }

    /** P(w <= v) on the whole line, for one axis of a product law. */
    double axisCdf(double v) {
        double half = 0.5 * magnitudeCdf(Math.abs(v));
        return v < 0 ? 0.5 - half : 0.5 + half;
    }
}
