package org.freqbias.core.pde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.spectrum.LineGrid;
import org.junit.jupiter.api.Test;

/** Input conventions: conjugate symmetry of the half spectrum, NaN beyond Xi, bad input rejected. */
class PdeSolverInputTest {

    private static final PdeProblem PROBLEM = new PdeProblem(new Gaussian(4), 1, true, 4, 8);

    @Test
    void halfSpectrumIsExtendedByConjugateSymmetryAndZeroBeyondTheData() {
        double[] xi = {0, 1, 2};
        double[][] u = HalfSpectrum.onNodes(PROBLEM.mesh(), xi, new double[] {5, 6, 7}, new double[] {0, 1, 2});
        // Nodes -4..4 step 1; data reach |xi| = 2.
        assertArrayEquals(new double[] {0, 0, 7, 6, 5, 6, 7, 0, 0}, u[0], 0);
        assertArrayEquals(new double[] {0, 0, -2, -1, 0, 1, 2, 0, 0}, u[1], 0);
    }

    @Test
    void queriesBeyondXiAreNaN() {
        LineGrid grid = new LineGrid(Math.PI, 10);       // xi = 0, 1, ..., 5
        double[] zero = new double[grid.size()];
        double[] abs = PdeSolver.solveAt(PROBLEM, grid, zero, zero, new double[] {1}).abs()[0];
        assertTrue(Double.isNaN(abs[5]) && abs[4] == 0);
    }

    @Test
    void badInputIsRejectedWithAHint() {
        double[] zero = new double[3];
        assertThrows(IllegalArgumentException.class,
            () -> PdeSolver.solve(PROBLEM, new double[] {0, 1, 3}, zero, zero));
        assertThrows(IllegalArgumentException.class,
            () -> PdeSolver.solveAt(PROBLEM, new LineGrid(Math.PI, 4), zero, zero, new double[] {2, 1}));
        assertThrows(IllegalArgumentException.class, () -> new Mesh1D(1, 1));
    }
}
