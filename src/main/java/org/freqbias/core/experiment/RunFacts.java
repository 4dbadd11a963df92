package org.freqbias.core.experiment;

import java.util.Arrays;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.FrequencyGrid;

/**
 * What a run is, whether it is training now ({@link Setup}) or was recorded
 * ({@link org.freqbias.core.run.RunRecord}): its session, its frequency grid, the target on the data
 * grid, |r^(xi, 0)|, the target's peaks and the pure damping time at any frequency. The charts read
 * a run through this view alone. Implementations are immutable and hand out copies of arrays.
 */
public interface RunFacts {

    /** The session of the run (a record's: the effective one, seed included). */
    Session session();

    /** The frequencies every spectrum of the run is indexed by. */
    FrequencyGrid grid();

    /** g at the grid points ({@link Domain#points()} order; 2D row-major). */
    double[] target();

    /** |r^(xi, 0)| over the {@link #grid()}: the spectrum of the initial residual. */
    double[] initialAbs();

    /** Indices into the grid of the target's peaks, ascending in |xi|. */
    int[] peakIndices();

    /** 1 / ((2 pi)^d rho(xi)): the learning time of frequency xi without diffusion (infinite where rho = 0). */
    double pureDampingTime(double[] xi);

    default Domain domain() {
        return session().domain();
    }

    /** True when the PDE describes the network exactly (2 layers); false when it is only a reference (deep). */
    default boolean pdeIsExact() {
        return !session().network().isDeep();
    }

    /** Gradient-flow time of the session's full run, eta * steps (the end of the time axis). */
    default double totalTime() {
        return session().training().timeAt(session().training().steps());
    }

    default int peakCount() {
        return peakIndices().length;
    }

    /** Index into the grid of peak {@code p}. */
    default int peakIndex(int p) {
        return peakIndices()[p];
    }

    /** The peaks' frequency vectors on the grid (length 1 in 1D, 2 in 2D), in {@link #peakIndices()} order. */
    default double[][] peaks() {
        return Arrays.stream(peakIndices()).mapToObj(grid()::frequency).toArray(double[][]::new);
    }

    /** |xi| of each target peak (its grid frequency), in peak order: where the frequency charts mark the peaks. */
    default double[] peakMagnitudes() {
        return Arrays.stream(peakIndices()).mapToDouble(grid()::magnitude).toArray();
    }
}
