package org.freqbias.core.budget;

import org.freqbias.core.budget.ResourceEstimate.Extras;
import org.freqbias.core.session.Session;

/** Bytes a headless run writes: spectra.csv dominates, one row per snapshot and frequency. */
final class OutputModel {

    /**
     * Bytes per number in a CSV row, separator included: gaussian-bias's spectra.csv has 51 814 rows
     * of 4 numbers in 3.56 MB, 17.2 bytes a number.
     */
    static final double BYTES_PER_NUMBER = 17.5;

    private OutputModel() {
    }

    /** Bytes of CSV a headless run writes; none for the app. */
    static long bytes(Session s, Extras extras) {
        if (extras.interactive()) {
            return 0;
        }
        RunShape r = RunShape.of(s);
        int columns = 3 + r.dimension() + extras.kernelViews();      // t, xi (1 or 2), nn_abs, pde_abs, views
        double spectra = (double) r.snapshots() * r.frequencies() * columns * BYTES_PER_NUMBER;
        int peaks = s.isPlane() ? 3 : s.target().nominalPeaks().length;
        double peaksAndLoss = (double) r.snapshots() * (peaks * (3 + r.dimension()) + 3) * BYTES_PER_NUMBER;
        return (long) Math.min(Long.MAX_VALUE, spectra + peaksAndLoss);
    }
}
