package org.freqbias.core.dist;

import java.util.Arrays;

/**
 * A drawn density (session type {@code custom}): control points (xi_i, d_i), rho linear between
 * them, zero outside [first xi, last xi], scaled to unit mass (the points give a shape).
 *
 * <p>rho must be symmetric. With {@code symmetric} the points are given for xi >= 0 and mirrored
 * (rho is then zero on (-xi_0, xi_0) when xi_0 > 0); without it they must already form a symmetric
 * set. Internally rho is the profile on the half-line: nodes 0 &lt;= s_0 &lt; ... &lt; s_n with
 * normalized values r_k, so that 2 sum_k (r_k + r_(k+1)) (s_(k+1) - s_k) / 2 = 1.
 *
 * <p>Everything is closed form per segment: the characteristic function (a linear function times a
 * cosine), the CDF of |w| (quadratic, inverted by the stable root of the quadratic) and the CDF of
 * the radius of the radial law (cubic, inverted by a safeguarded Newton iteration).
 */
public final class PiecewiseLinearDensity implements FrequencyDistribution {

    /** At most this many control points: enough for a smooth drawn curve, cheap to search. */
    public static final int MAX_POINTS = ControlPoints.MAX_POINTS;

    private final double[] givenXi;
    private final double[] givenDensity;
    private final boolean symmetric;
    private final double[] s;        // half-line nodes s_0 < ... < s_n
    private final double[] r;        // normalized rho at the nodes
    private final double[] cdf;      // P(|w| <= s_k), cdf[n] = 1
    private final double[] radial;   // integral_(s_0)^(s_k) rho(t) t dt, unnormalized

    /**
     * @param xi        the control points' frequencies, strictly increasing
     * @param density   the density shape at each of them, finite and >= 0
     * @param symmetric true: points given for xi >= 0, mirrored; false: a whole, symmetric set
     * @throws IllegalArgumentException naming the point and what to fix
     */
    public PiecewiseLinearDensity(double[] xi, double[] density, boolean symmetric) {
        double[][] half = ControlPoints.halfLine(xi, density, symmetric);
        this.givenXi = xi.clone();
        this.givenDensity = density.clone();
        this.symmetric = symmetric;
        this.s = half[0];
        double mass = 0;
        for (int k = 0; k + 1 < s.length; k++) {
            mass += (half[1][k] + half[1][k + 1]) * (s[k + 1] - s[k]);     // 2 x trapezoid on the half-line
        }
        if (!(mass > 0) || !Double.isFinite(mass)) {
            throw new IllegalArgumentException("the points enclose no mass (every density is 0, or all points sit at xi = 0): "
                    + "give some point a density > 0 between two distinct xi");
        }
        this.r = new double[s.length];
        for (int k = 0; k < s.length; k++) {
            r[k] = half[1][k] / mass;
        }
        this.cdf = new double[s.length];
        this.radial = new double[s.length];
        for (int k = 0; k + 1 < s.length; k++) {
            double length = s[k + 1] - s[k];
            cdf[k + 1] = cdf[k] + (r[k] + r[k + 1]) * length;
            radial[k + 1] = radial[k] + radialPartial(k, length);
        }
        cdf[s.length - 1] = 1;
    }

    /** Points given as [[xi, density], ...]. */
    public static PiecewiseLinearDensity of(double[][] points, boolean symmetric) {
        double[] xi = new double[points.length];
        double[] d = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2) {
                throw new IllegalArgumentException("points[" + i + "] must be a pair [xi, density]");
            }
            xi[i] = points[i][0];
            d[i] = points[i][1];
        }
        return new PiecewiseLinearDensity(xi, d, symmetric);
    }

    /** The default of {@code symmetric} when a session leaves it out: true when every xi >= 0. */
    public static boolean mirroredByDefault(double[] xi) {
        return Arrays.stream(xi).allMatch(x -> x >= 0);
    }

    /** The points as given (xi), for writing the session back. */
    public double[] givenXi() {
        return givenXi.clone();
    }

    /** The density shape as given, for writing the session back. */
    public double[] givenDensity() {
        return givenDensity.clone();
    }

    /** Whether the given points are mirrored (true) or form the whole symmetric set (false). */
    public boolean symmetric() {
        return symmetric;
    }

    @Override
    public double density(double xi) {
        double a = Math.abs(xi);
        if (a < s[0] || a > s[s.length - 1]) {
            return 0;
        }
        int k = segment(a);
        double length = s[k + 1] - s[k];
        return r[k] + (r[k + 1] - r[k]) * ((a - s[k]) / length);
    }

    /** The k with s_k &lt;= a &lt;= s_(k+1), for a in [s_0, s_n]. */
    private int segment(double a) {
        int i = Arrays.binarySearch(s, a);
        int k = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(s.length - 2, k));
    }

    /**
     * phi(z) = 2 sum_k integral over segment k of rho(t) cos(z t) dt. On a segment with midpoint c,
     * half-length h, mean m and half-difference d of its end values, with A = z c and B = z h:
     * integral = 2 h [m cos A sinc B - d sin A (sin B - B cos B) / B^2] (series for small B).
     */
    @Override
    public double characteristic(double z) {
        double sum = 0;
        for (int k = 0; k + 1 < s.length; k++) {
            double h = 0.5 * (s[k + 1] - s[k]);
            double c = 0.5 * (s[k + 1] + s[k]);
            double m = 0.5 * (r[k] + r[k + 1]);
            double d = 0.5 * (r[k + 1] - r[k]);
            double b = z * h;
            double a = z * c;
            sum += 2 * h * (m * Math.cos(a) * sinc(b) - d * Math.sin(a) * oddMoment(b));
        }
        return 2 * sum;
    }

    /** sin(B) / B; its Taylor series below |B| = 0.1 (truncation below 1e-17). */
    private static double sinc(double b) {
        double b2 = b * b;
        return Math.abs(b) < 0.1
                ? 1 - b2 / 6 * (1 - b2 / 20 * (1 - b2 / 42 * (1 - b2 / 72)))
                : Math.sin(b) / b;
    }

    /**
     * (sin B - B cos B) / B^2 = (1/2) integral_(-1)^1 t sin(B t) dt; below |B| = 0.1 its series
     * sum_j (-1)^(j+1) 2j B^(2j-1) / (2j+1)!, which avoids the cancellation of the direct form.
     */
    private static double oddMoment(double b) {
        double b2 = b * b;
        return Math.abs(b) < 0.1
                ? b / 3 * (1 - b2 / 10 * (1 - b2 / 28 * (1 - b2 / 54 * (1 - b2 / 88))))
                : (Math.sin(b) - b * Math.cos(b)) / b2;
    }

    /** Every node: rho has a kink there (a jump at the ends where the density is not 0). */
    @Override
    public double[] breakpoints() {
        return s.clone();
    }

    /** rho is continuous between its ends; it jumps at an end where the density is not 0 (at s_0 > 0 only). */
    @Override
    public double[] jumps() {
        int n = s.length - 1;
        return java.util.stream.DoubleStream.of(s[0] > 0 && r[0] > 0 ? s[0] : -1, r[n] > 0 ? s[n] : -1)
                .filter(b -> b >= 0).toArray();
    }

    /**
     * On segment k, P(|w| &lt;= s_k + t) - cdf_k = 2 r_k t + a t^2 with slope a; the root in [0, length]
     * is t = q / (r_k + sqrt(r_k^2 + a q)) for q = u - cdf_k, stable for either sign of a (flat and
     * vanishing segments included; segments without mass are never chosen).
     */
    @Override
    public InverseCdf magnitudeInverseCdf() {
        return u -> {
            int k = massSegment(cdf, u);
            double length = s[k + 1] - s[k];
            double slope = (r[k + 1] - r[k]) / length;
            double q = Math.max(0, u - cdf[k]);
            double root = Math.sqrt(Math.max(0, r[k] * r[k] + slope * q));
            double denominator = r[k] + root;
            double t = denominator > 0 ? q / denominator : 0;
            return s[k] + Math.min(length, t);
        };
    }

    /** The segment k with cumulative[k] &lt;= target &lt; cumulative[k+1] (the last one at the top). */
    private static int massSegment(double[] cumulative, double target) {
        int i = Arrays.binarySearch(cumulative, target);
        int k = i >= 0 ? i : -i - 2;
        k = Math.max(0, Math.min(cumulative.length - 2, k));
        while (k + 2 < cumulative.length && cumulative[k + 1] <= target) {
            k++;                                 // ties: skip segments without mass
        }
        return k;
    }

    /**
     * The radius law of the radial density: density proportional to rho(t) t. On segment k its
     * integral up to s_k + t is the cubic G(t) = s_k r_k t + (s_k a + r_k) t^2 / 2 + a t^3 / 3, which
     * increases on [0, length]; G(t) = q is solved by Newton's method kept inside a shrinking
     * bracket (bisection when a step leaves it) until the step is below 1e-15 of s_(k+1).
     */
    @Override
    public InverseCdf radiusInverseCdf() {
        double total = radial[radial.length - 1];
        return u -> {
            double target = u * total;
            int k = massSegment(radial, target);
            double length = s[k + 1] - s[k];
            double q = Math.max(0, target - radial[k]);
            double lo = 0;
            double hi = length;
            double t = 0.5 * length;
            for (int iteration = 0; iteration < 200; iteration++) {
                double g = radialPartial(k, t) - q;
                if (g > 0) {
                    hi = t;
                } else {
                    lo = t;
                }
                double slope = (s[k] + t) * (r[k] + (r[k + 1] - r[k]) * (t / length));
                double next = slope > 0 ? t - g / slope : Double.NaN;
                if (!(next > lo && next < hi)) {
                    next = 0.5 * (lo + hi);
                }
                if (Math.abs(next - t) <= 1e-15 * s[k + 1] || hi - lo <= 1e-15 * s[k + 1]) {
                    return s[k] + next;
                }
                t = next;
            }
            return s[k] + t;
        };
    }

    /** integral_(s_k)^(s_k + t) rho(x) x dx on segment k. */
    private double radialPartial(int k, double t) {
        double slope = (r[k + 1] - r[k]) / (s[k + 1] - s[k]);
        return t * (s[k] * r[k] + t * ((s[k] * slope + r[k]) / 2 + t * slope / 3));
    }

    @Override
    public String label() {
        return "custom(" + givenXi.length + " points)";
    }

    /** Equal when the same points are given with the same symmetry. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PiecewiseLinearDensity p && symmetric == p.symmetric
                && Arrays.equals(givenXi, p.givenXi) && Arrays.equals(givenDensity, p.givenDensity);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(givenXi) + Arrays.hashCode(givenDensity)) + Boolean.hashCode(symmetric);
    }

    @Override
    public String toString() {
        return label();
    }
}
