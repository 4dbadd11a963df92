package org.freqbias.app.view;

import java.util.Arrays;
import org.freqbias.core.dist.PiecewiseLinearDensity;

/**
 * The control points of a drawn density as the editor changes them: on xi >= 0 (the plot mirrors
 * them), xi strictly increasing, densities >= 0. Every change returns new points; one that would
 * break the order or leave fewer than two points returns these unchanged. Immutable.
 */
record EditablePoints(double[] xi, double[] density) {

    /** Neighbouring points stay at least this fraction of the last xi apart. */
    static final double GAP = 1e-3;

    /** The half-line nodes of {@code rho} and its (normalized) density there. */
    static EditablePoints of(PiecewiseLinearDensity rho) {
        double[] xi = rho.breakpoints();
        return new EditablePoints(xi, Arrays.stream(xi).map(rho::density).toArray());
    }

    int size() {
        return xi.length;
    }

    /** The drawn density of these points (mirrored, normalized). @throws IllegalArgumentException when they enclose no mass */
    PiecewiseLinearDensity toDensity() {
        return new PiecewiseLinearDensity(xi, density, true);
    }

    /** Point k moved to (|x|, max(d, 0)), its xi kept strictly between its neighbours'. */
    EditablePoints moved(int k, double x, double d) {
        double gap = GAP * xi[xi.length - 1];
        double lo = k == 0 ? 0 : xi[k - 1] + gap;
        double hi = k == xi.length - 1 ? Double.POSITIVE_INFINITY : xi[k + 1] - gap;
        double[] x2 = xi.clone();
        double[] d2 = density.clone();
        x2[k] = Math.max(lo, Math.min(hi, Math.abs(x)));
        d2[k] = Math.max(0, d);
        return new EditablePoints(x2, d2);
    }

    /** A new point at (|x|, max(d, 0)); unchanged when it would sit on an existing point. */
    EditablePoints added(double x, double d) {
        double at = Math.abs(x);
        int i = Arrays.binarySearch(xi, at);
        int insert = i >= 0 ? i : -i - 1;
        double gap = GAP * Math.max(at, xi[xi.length - 1]);
        if ((insert > 0 && at - xi[insert - 1] < gap) || (insert < xi.length && xi[insert] - at < gap)) {
            return this;
        }
        double[] x2 = new double[xi.length + 1];
        double[] d2 = new double[xi.length + 1];
        System.arraycopy(xi, 0, x2, 0, insert);
        System.arraycopy(density, 0, d2, 0, insert);
        x2[insert] = at;
        d2[insert] = Math.max(0, d);
        System.arraycopy(xi, insert, x2, insert + 1, xi.length - insert);
        System.arraycopy(density, insert, d2, insert + 1, xi.length - insert);
        return new EditablePoints(x2, d2);
    }

    /** Without point k; unchanged when only two are left. */
    EditablePoints removed(int k) {
        if (xi.length <= 2) {
            return this;
        }
        double[] x2 = new double[xi.length - 1];
        double[] d2 = new double[xi.length - 1];
        for (int i = 0, j = 0; i < xi.length; i++) {
            if (i != k) {
                x2[j] = xi[i];
                d2[j++] = density[i];
            }
        }
        return new EditablePoints(x2, d2);
    }

    /** The index of the point nearest to |x| (by xi). */
    int nearest(double x) {
        int best = 0;
        for (int k = 1; k < xi.length; k++) {
            if (Math.abs(xi[k] - Math.abs(x)) < Math.abs(xi[best] - Math.abs(x))) {
                best = k;
            }
        }
        return best;
    }

    /** The largest density, the scale of a keyboard step. */
    double largest() {
        return Arrays.stream(density).max().orElse(0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditablePoints p && Arrays.equals(xi, p.xi) && Arrays.equals(density, p.density);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xi) + Arrays.hashCode(density);
    }
}
