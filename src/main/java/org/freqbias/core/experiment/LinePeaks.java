package org.freqbias.core.experiment;

import java.util.Arrays;
import org.freqbias.core.spectrum.LineGrid;

/** Finds the spectral peaks of a 1D target on the non-negative FFT frequencies. */
final class LinePeaks {

    /** How many FFT bins either side of a nominal frequency are searched for the local maximum. */
    static final int SEARCH_BINS = 2;

    private LinePeaks() {
    }

    /**
     * For each nominal frequency below Nyquist, the index of the largest |g^| ({@code abs}) within
     * {@link #SEARCH_BINS} bins of it; duplicates removed, ascending.
     */
    static int[] locate(LineGrid grid, double[] abs, double[] nominal) {
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
}
