package org.freqbias.core.budget;

import org.freqbias.core.session.Session;

/**
 * The sizes of a run that its costs depend on, all in 64 bits so that no product overflows.
 *
 * @param dimension   d, 1 or 2
 * @param samples     N per axis
 * @param points      N^d grid points
 * @param width       m, the first-layer frequencies
 * @param snapshots   snapshots of a full run, ceil(steps / snapshotEvery) + 1
 * @param frequencies frequencies per snapshot in spectra.csv (N/2 + 1 in 1D, N^2 in 2D)
 * @param nodes       PDE mesh nodes (elements + 1, per axis squared in 2D)
 */
record RunShape(int dimension, long samples, long points, long width, long snapshots, long frequencies, long nodes) {

    static RunShape of(Session s) {
        int d = s.domain().dimension();
        long n = s.domain().samples();
        long points = d == 1 ? n : n * n;
        long steps = s.training().steps();
        long every = s.training().snapshotEvery();
        long snapshots = (steps + every - 1) / every + 1;
        long perAxis = s.pde().elements() + 1L;
        return new RunShape(d, n, points, s.network().width(), snapshots, d == 1 ? n / 2 + 1 : points,
                d == 1 ? perAxis : perAxis * perAxis);
    }

    /** Elements per axis of the PDE mesh. */
    long elements() {
        return dimension == 1 ? nodes - 1 : Math.round(Math.sqrt(nodes)) - 1;
    }
}
