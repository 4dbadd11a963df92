package org.freqbias.core.experiment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.freqbias.core.grid.Domain;

/**
 * The peaks of a 2D target on the centred frequency grid ({@link org.freqbias.core.spectrum.PlaneGrid}), as centred indices
 * ascending in |xi|: the nominal ones snapped to the grid, or, for a target with none (an image),
 * peaks derived from its spectrum.
 */
final class PlanePeaks {

    /** Derived peaks: one per ring. */
    static final int RINGS = 3;

    /** Derived peaks lie within this fraction of the Nyquist frequency (beyond it an image is mostly resampling). */
    static final double RADIUS_FRACTION = 0.75;

    private PlanePeaks() {
    }

    /**
     * Each nominal (xi1, xi2) snapped to the nearest grid frequency strictly inside the Nyquist
     * square (others and xi = 0 dropped), duplicates removed, ascending in |xi|.
     */
    static int[] snap(double[][] nominal, Domain domain, double[] magnitudes) {
        int n = domain.samples();
        double dxi = domain.frequencySpacing();
        return sorted(Arrays.stream(nominal)
                .mapToLong(f -> {
                    long k1 = Math.round(f[0] / dxi);
                    long k2 = Math.round(f[1] / dxi);
                    boolean inside = Math.abs(k1) < n / 2 && Math.abs(k2) < n / 2 && (k1 != 0 || k2 != 0);
                    return inside ? (k1 + n / 2) * n + (k2 + n / 2) : -1;
                })
                .filter(c -> c >= 0)
                .mapToInt(c -> (int) c), magnitudes);
    }

    /**
     * The rule for targets without nominal peaks: split 0 &lt; |xi| &lt;= R, R = {@link #RADIUS_FRACTION}
     * times the Nyquist frequency, into {@link #RINGS} rings of equal width and take in each the grid
     * frequency where |g^| is largest (ties: the first in grid order; of xi and -xi, which have the
     * same |g^| for real g, the one with the larger centred index). Rings where g^ vanishes give none.
     */
    static int[] strongest(double[] targetAbs, Domain domain, double[] magnitudes) {
        double radius = RADIUS_FRACTION * domain.nyquist();
        int[] best = new int[RINGS];
        Arrays.fill(best, -1);
        for (int c = 0; c < magnitudes.length; c++) {
            double r = magnitudes[c];
            if (r == 0 || r > radius) {
                continue;
            }
            int ring = Math.min(RINGS - 1, (int) (r / radius * RINGS));
            if (targetAbs[c] > 0 && (best[ring] < 0 || targetAbs[c] >= targetAbs[best[ring]])) {
                best[ring] = c;
            }
        }
        return sorted(IntStream.of(best).filter(c -> c >= 0), magnitudes);
    }

    private static int[] sorted(IntStream indices, double[] magnitudes) {
        return indices.distinct().boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> magnitudes[c]))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
