package org.freqbias.core.dist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Any 1D family as a drawn density ({@link PiecewiseLinearDensity}), so that it can be edited as
 * points: nodes at the family's breakpoints (a jump becomes two nodes {@link #JUMP} apart) and
 * wherever linear interpolation needs them, until it is within {@link #TOLERANCE} of the largest
 * density everywhere up to where rho falls below {@link #TAIL} of it (the tail beyond is cut; its
 * mass, at most 1e-4 for the families here, goes to the rest by the renormalization).
 */
public final class DensityPoints {

    /** Largest interpolation error, relative to the largest density. */
    public static final double TOLERANCE = 0.005;

    /** Densities below this fraction of the largest are cut from the tail. */
    public static final double TAIL = 1e-4;

    /** A jump at b becomes nodes at b (1 -+ JUMP). */
    static final double JUMP = 1e-6;

    /** Interior points checked per interval. */
    private static final int CHECKS = 7;

    private DensityPoints() {
    }

    /**
     * The points of {@code rho} on xi >= 0 (mirrored), within {@link #TOLERANCE} as described above.
     * Interpolating a convex or concave stretch errs to one side, so the renormalization to unit mass
     * adds an error of its own: the interpolation tolerance is halved until both together fit.
     *
     * @throws IllegalArgumentException when more than {@link PiecewiseLinearDensity#MAX_POINTS} points would be needed
     */
    public static PiecewiseLinearDensity of(FrequencyDistribution rho) {
        double peak = peak(rho);
        TreeSet<Double> start = startingNodes(rho, extent(rho, peak));
        for (double tolerance = TOLERANCE / 2; ; tolerance /= 2) {
            double[] xi = nodes(rho, start, tolerance * peak);
            double[] density = Arrays.stream(xi).map(rho::density).toArray();
            double mass = 0;
            for (int k = 0; k + 1 < xi.length; k++) {
                mass += (density[k] + density[k + 1]) * (xi[k + 1] - xi[k]);
            }
            if (xi.length > PiecewiseLinearDensity.MAX_POINTS) {
                throw new IllegalArgumentException(rho.label() + " needs more than " + PiecewiseLinearDensity.MAX_POINTS
                        + " points to be drawn within " + TOLERANCE * 100 + " %");
            }
            // The drawn density is d / mass: |d / mass - rho| <= |1 / mass - 1| peak + (interpolation error).
            if (Math.abs(1 / mass - 1) + tolerance <= TOLERANCE || tolerance < 1e-6) {
                return new PiecewiseLinearDensity(xi, density, true);
            }
        }
    }

    /** 0, the extent and the breakpoints below it: a jump at b as two nodes b (1 -+ {@link #JUMP}); one at the extent as itself. */
    private static TreeSet<Double> startingNodes(FrequencyDistribution rho, double extent) {
        TreeSet<Double> start = new TreeSet<>(List.of(0.0, extent));
        for (double b : rho.breakpoints()) {
            if (Math.abs(b - extent) <= JUMP * extent) {
                start.remove(extent);
                extent = b;
                start.add(b);
            } else if (b > 0 && b < extent) {
                start.add(b * (1 - JUMP));
                start.add(b * (1 + JUMP));
            }
        }
        return start;
    }

    /** {@code start} with the nodes linear interpolation needs to stay within {@code tolerance} between them. */
    private static double[] nodes(FrequencyDistribution rho, TreeSet<Double> start, double tolerance) {
        List<Double> nodes = new ArrayList<>();
        Double previous = null;
        for (double x : start) {
            if (previous != null) {
                refine(rho, previous, x, tolerance, nodes, 0);
            }
            nodes.add(x);
            previous = x;
        }
        return nodes.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The fewest of the points (xi_k, d_k) that keep every dropped point within {@code tolerance} of
     * the largest d of the line through the kept ones (Douglas-Peucker: keep the ends, then
     * recursively the point farthest from the chord while it is farther than the tolerance). A
     * drawn density with few points is easier to edit by hand. Arrays are only read.
     */
    public static PiecewiseLinearDensity simplified(double[] xi, double[] d, double tolerance) {
        double limit = tolerance * Arrays.stream(d).max().orElse(0);
        boolean[] keep = new boolean[xi.length];
        keep[0] = true;
        keep[xi.length - 1] = true;
        keepFarthest(xi, d, 0, xi.length - 1, limit, keep);
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        double[] x2 = new double[n];
        double[] d2 = new double[n];
        for (int i = 0, j = 0; i < xi.length; i++) {
            if (keep[i]) {
                x2[j] = xi[i];
                d2[j++] = d[i];
            }
        }
        return new PiecewiseLinearDensity(x2, d2, true);
    }

    private static void keepFarthest(double[] xi, double[] d, int a, int b, double limit, boolean[] keep) {
        int farthest = -1;
        double largest = limit;
        for (int i = a + 1; i < b; i++) {
            double chord = d[a] + (d[b] - d[a]) * (xi[i] - xi[a]) / (xi[b] - xi[a]);
            double deviation = Math.abs(d[i] - chord);
            if (deviation > largest) {
                largest = deviation;
                farthest = i;
            }
        }
        if (farthest >= 0) {
            keep[farthest] = true;
            keepFarthest(xi, d, a, farthest, limit, keep);
            keepFarthest(xi, d, farthest, b, limit, keep);
        }
    }

    /** Adds the nodes strictly inside (a, b) that linear interpolation from a to b needs, ascending. */
    private static void refine(FrequencyDistribution rho, double a, double b, double tolerance, List<Double> out, int depth) {
        double fa = rho.density(a);
        double fb = rho.density(b);
        boolean fine = true;
        for (int i = 1; i <= CHECKS && fine; i++) {
            double x = a + (b - a) * i / (CHECKS + 1);
            double linear = fa + (fb - fa) * (x - a) / (b - a);
            fine = Math.abs(rho.density(x) - linear) <= tolerance;
        }
        if (fine || depth >= 40 || out.size() > PiecewiseLinearDensity.MAX_POINTS) {
            return;
        }
        double mid = 0.5 * (a + b);
        refine(rho, a, mid, tolerance, out, depth + 1);
        out.add(mid);
        refine(rho, mid, b, tolerance, out, depth + 1);
    }

    /** The largest density, scanned at 0 and geometrically from 1e-3 to 1e6. */
    private static double peak(FrequencyDistribution rho) {
        double peak = rho.density(0);
        for (double xi = 1e-3; xi < 1e6; xi *= 1.05) {
            peak = Math.max(peak, rho.density(xi));
        }
        return peak;
    }

    /** Where rho last reaches {@link #TAIL} of its peak: scanned geometrically, then bisected. */
    private static double extent(FrequencyDistribution rho, double peak) {
        double floor = TAIL * peak;
        double inside = 1e-3;
        for (double xi = 1e-3; xi < 1e6; xi *= 1.05) {
            if (rho.density(xi) >= floor) {
                inside = xi;
            }
        }
        double outside = inside * 1.05;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (inside + outside);
            if (rho.density(mid) >= floor) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return inside;
    }
}
