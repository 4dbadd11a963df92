package org.freqbias.core.experiment;

import org.freqbias.core.pde.PdeSolution;
import org.freqbias.core.spectrum.SpectrumTrajectory;

/**
 * The PDE's prediction for a run, read in time order at the run's snapshot times: |u| at the
 * frequencies of the run's grid (NaN outside the PDE's mesh) and the loss through Parseval. The
 * runner does not care how it is computed ({@link Setup#prediction()}): the 1D exact solution
 * evaluates any t; the 2D one is solved once at the snapshot times and read back by index. Not
 * thread-safe: one run reads it.
 */
public interface Prediction {

    /** |u(xi, t)| at the grid's frequencies (a fresh array); t must not decrease from call to call. */
    double[] absAt(double t);

    /** Loss(t) = 1/2 (2 pi)^-d integral |u|^2 dxi; t must not decrease from call to call. */
    double lossAt(double t);

    /** The prediction of a solution for all t, read at the frequencies {@code xi}. */
    static Prediction of(PdeSolution solution, double[] xi) {
        return new Prediction() {
            @Override
            public double[] absAt(double t) {
                return solution.abs(t, xi);
            }

            @Override
            public double lossAt(double t) {
                return solution.loss(t);
            }
        };
    }

    /**
     * The prediction of a trajectory solved at the run's snapshot times: read at exactly those
     * times, in order (a time it was not solved at is an error).
     */
    static Prediction sampled(SpectrumTrajectory trajectory) {
        return new Prediction() {
            private int cursor;

            @Override
            public double[] absAt(double t) {
                return trajectory.abs()[indexOf(t)];
            }

            @Override
            public double lossAt(double t) {
                return trajectory.loss()[indexOf(t)];
            }

            private int indexOf(double t) {
                double[] times = trajectory.times();
                while (cursor + 1 < times.length && times[cursor + 1] <= t) {
                    cursor++;
                }
                if (times[cursor] != t) {
                    throw new IllegalArgumentException("the prediction was solved at the snapshot times only; t = " + t
                            + " is none of them (nearest earlier: " + times[cursor] + ")");
                }
                return cursor;
            }
        };
    }
}
