package org.freqbias.core.numeric;

import java.util.function.IntToDoubleFunction;

/** Nearest-value lookup in a sorted sequence, by binary search. */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The first index i in [0, n) whose value {@code values(i)} is nearest to {@code t} (of two
     * equally near values, the smaller); the values must be non-decreasing in i. O(log n) reads;
     * -1 when n = 0.
     */
    public static int index(IntToDoubleFunction values, int n, double t) {
        if (n <= 0) {
            return -1;
        }
        int above = firstAtLeast(values, n, t); // the first of its value: all before it are below t
        if (above == n) {
            return firstAtLeast(values, n, values.applyAsDouble(n - 1));
        }
        if (above > 0) {
            double below = values.applyAsDouble(above - 1);
            if (t - below <= values.applyAsDouble(above) - t) {
                return firstAtLeast(values, n, below);
            }
        }
        return above;
    }

    /** The first index whose value is >= t, or n when there is none. */
    private static int firstAtLeast(IntToDoubleFunction values, int n, double t) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values.applyAsDouble(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
