package org.freqbias.core.dist;

import java.util.Arrays;

/**
 * The control points of a drawn density, checked and turned into its profile on the half-line:
 * every error names the point and what to fix.
 */
final class ControlPoints {

    /** At most this many control points: enough for a smooth drawn curve, cheap to search. */
    static final int MAX_POINTS = 4096;

    /** |xi| of a control point at most this: frequencies beyond are meaningless for any grid here. */
    static final double MAX_FREQUENCY = 1e6;

    /** Relative tolerance of the symmetry check of a whole-line point set. */
    static final double SYMMETRY_TOLERANCE = 1e-9;

    private ControlPoints() {
    }

    /**
     * The nodes s_0 &lt; ... &lt; s_n (s_0 >= 0) and unnormalized values of the profile on xi >= 0:
     * the points themselves when {@code symmetric} (they are mirrored), otherwise the upper half of a
     * whole-line set, which must be symmetric.
     *
     * @throws IllegalArgumentException naming the first bad point and what to fix
     */
    static double[][] halfLine(double[] xi, double[] density, boolean symmetric) {
        validate(xi, density, symmetric);
        return symmetric ? new double[][] {xi.clone(), density.clone()} : positiveHalf(xi, density);
    }

    private static void validate(double[] xi, double[] density, boolean symmetric) {
        if (xi.length != density.length) {
            throw new IllegalArgumentException("as many densities as frequencies are needed, got " + density.length + " and " + xi.length);
        }
        if (xi.length < 2) {
            throw new IllegalArgumentException("needs at least two points [xi, density], got " + xi.length);
        }
        if (xi.length > MAX_POINTS) {
            throw new IllegalArgumentException("at most " + MAX_POINTS + " points, got " + xi.length + " (thin the curve out)");
        }
        for (int i = 0; i < xi.length; i++) {
            String point = "points[" + i + "] = [" + xi[i] + ", " + density[i] + "]: ";
            if (!Double.isFinite(xi[i]) || Math.abs(xi[i]) > MAX_FREQUENCY) {
                throw new IllegalArgumentException(point + "xi must be a finite number in [-" + Checks.fmt(MAX_FREQUENCY)
                        + ", " + Checks.fmt(MAX_FREQUENCY) + "]");
            }
            if (!Double.isFinite(density[i]) || density[i] < 0) {
                throw new IllegalArgumentException(point + "the density must be a finite number >= 0");
            }
            if (i > 0 && !(xi[i] > xi[i - 1])) {
                throw new IllegalArgumentException(point + "xi must be greater than the previous point's " + xi[i - 1]
                        + " (list the points by increasing xi, each xi once)");
            }
            if (symmetric && xi[i] < 0) {
                throw new IllegalArgumentException(point + "with \"symmetric\": true the points are given for xi >= 0 and "
                        + "mirrored; drop the negative ones, or set \"symmetric\": false and list a symmetric set");
            }
        }
        if (!symmetric) {
            requireSymmetric(xi, density);
        }
    }

    /** A whole-line set must be its own mirror image: the theory needs rho(xi) = rho(-xi). */
    private static void requireSymmetric(double[] xi, double[] density) {
        int n = xi.length;
        double xiScale = Math.max(Math.abs(xi[0]), Math.abs(xi[n - 1]));
        double densityScale = Arrays.stream(density).max().orElse(0);
        for (int i = 0; i < n; i++) {
            int mirror = n - 1 - i;
            if (Math.abs(xi[i] + xi[mirror]) > SYMMETRY_TOLERANCE * xiScale
                    || Math.abs(density[i] - density[mirror]) > SYMMETRY_TOLERANCE * densityScale) {
                throw new IllegalArgumentException("rho must be symmetric, rho(xi) = rho(-xi) (the theory needs it: "
                        + "THEORY.md section 3), but points[" + i + "] = [" + xi[i] + ", " + density[i] + "] is not the mirror of points["
                        + mirror + "] = [" + xi[mirror] + ", " + density[mirror] + "]; give the points for xi >= 0 only and set "
                        + "\"symmetric\": true to mirror them");
            }
        }
    }

    /**
     * The profile on xi >= 0 of a symmetric whole-line set: from the middle point (xi = 0) when the
     * count is odd; otherwise from a node at 0 carrying the value of the flat middle segment.
     */
    private static double[][] positiveHalf(double[] xi, double[] density) {
        int n = xi.length;
        int mid = n / 2;
        boolean pointAtZero = n % 2 == 1;
        int size = n - mid + (pointAtZero ? 0 : 1);
        double[] nodes = new double[size];
        double[] values = new double[size];
        int k = 0;
        if (!pointAtZero) {
            values[k++] = density[mid];
        }
        for (int i = mid; i < n; i++, k++) {
            nodes[k] = pointAtZero && i == mid ? 0 : xi[i];
            values[k] = density[i];
        }
        return new double[][] {nodes, values};
    }
}
