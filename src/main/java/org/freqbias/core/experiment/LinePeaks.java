package org.freqbias.core.experiment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.freqbias.core.spectrum.LineGrid;

/**
 * Finds the spectral peaks of a 1D target on the non-negative FFT frequencies: nominal ones
 * snapped, or derived from |g^| for a target without nominal peaks.
 */
final class LinePeaks {

    /** How many FFT bins either side of a nominal frequency are searched for the local maximum. */
    static final int SEARCH_BINS = 2;

    /** Derived peaks: at most this many. */
    static final int DERIVED = 3;

    /** Derived peaks lie within this fraction of the Nyquist frequency (beyond it a sampled curve is mostly resampling). */
    static final double RANGE_FRACTION = 0.75;

    /** Derived peaks are local maxima of |g^| at least this fraction of the largest |g^| in range. */
    static final double THRESHOLD = 0.1;

    private LinePeaks() {
    }

    /**
     * For each nominal frequency below Nyquist, the index of the largest |g^| ({@code abs}) within
     * {@link #SEARCH_BINS} bins of it; duplicates removed, ascending. Without nominal peaks, the
     * {@link #derived} ones.
     */
    static int[] locate(LineGrid grid, double[] abs, double[] nominal) {
        if (nominal.length == 0) {
            return derived(abs, grid.frequencies());
        }
        double nyquist = grid.highest();
        return Arrays.stream(nominal)
                .filter(f -> f > 0 && f < nyquist)
                .mapToInt(f -> {
                    int centre = grid.nearestIndex(f);
                    int best = centre;
                    for (int k = Math.max(1, centre - SEARCH_BINS); k <= Math.min(abs.length - 1, centre + SEARCH_BINS); k++) {
                        if (abs[k] > abs[best]) {
                            best = k;
                        }
                    }
                    return best;
                })
                .distinct().sorted().toArray();
    }

    /**
     * The rule for targets without nominal peaks (a formula, samples, a CSV file): among the FFT
     * frequencies 0 &lt; xi &lt;= {@link #RANGE_FRACTION} of Nyquist, the local maxima of |g^|
     * (not below the left neighbour, above the right one) that reach {@link #THRESHOLD} of the
     * largest |g^| there; the {@link #DERIVED} strongest of them (the lower frequency first on ties),
     * ascending. With no such maximum (|g^| falling from xi = 0 on) the strongest frequency in range;
     * none when g^ vanishes there.
     */
    static int[] derived(double[] abs, double[] xi) {
        double limit = RANGE_FRACTION * xi[xi.length - 1];
        int last = 1;
        while (last + 1 < abs.length - 1 && xi[last + 1] <= limit) {
            last++;
        }
        int strongest = 1;
        for (int k = 1; k <= last; k++) {
            strongest = abs[k] > abs[strongest] ? k : strongest;
        }
        if (!(abs[strongest] > 0)) {
            return new int[0];
        }
        double floor = THRESHOLD * abs[strongest];
        int[] maxima = IntStream.rangeClosed(1, last)
                .filter(k -> abs[k] >= floor && abs[k] >= abs[k - 1] && abs[k] > abs[k + 1])
                .boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> -abs[k]).thenComparingInt(k -> k))
                .limit(DERIVED)
                .mapToInt(Integer::intValue)
                .sorted()
                .toArray();
        return maxima.length > 0 ? maxima : new int[] {strongest};
    }
}
