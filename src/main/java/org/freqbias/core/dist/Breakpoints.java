package org.freqbias.core.dist;

import java.util.Arrays;

/** Searches in the ascending breakpoints of a 1D family. */
final class Breakpoints {

    private Breakpoints() {
    }

    /** True when some b of {@code ascending} has lo &lt; b &lt; hi (binary search). */
    static boolean anyStrictlyBetween(double[] ascending, double lo, double hi) {
        if (!(lo < hi)) {
            return false;
        }
        int i = Arrays.binarySearch(ascending, lo);
        int next = i >= 0 ? i + 1 : -i - 1;     // first index with b > lo
        while (next < ascending.length && ascending[next] == lo) {
            next++;
        }
        return next < ascending.length && ascending[next] < hi;
    }
}
