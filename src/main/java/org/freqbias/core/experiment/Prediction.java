package org.freqbias.core.experiment;

import org.freqbias.core.pde.PdeSolution;
import org.freqbias.core.pde.PdeSolver;
import org.freqbias.core.pde.PdeTrajectory;
import org.freqbias.core.pde2d.PdeSolver2D;
import org.freqbias.core.pde2d.PdeTrajectory2D;

/** The PDE's prediction for a setup: its problem solved from the observed initial residual. */
public final class Prediction {

    private Prediction() {
    }

    /**
     * Solves the setup's PDE once from the exact transform of the initial residual at every mesh
     * node; the solution is then available at any t.
     */
    public static PdeSolution solve(Setup setup) {
        return PdeSolver.solve(setup.pdeProblem(), setup.domain(), setup.initialResidualOnGrid());
    }

    /**
     * The prediction at the given times only, by the fast path meant for interactive re-solves
     * (a slider drag in the app).
     */
    public static PdeTrajectory trajectory(Setup setup, double[] times) {
        return PdeSolver.solveAt(setup.pdeProblem(), setup.domain(), setup.initialResidualOnGrid(), times);
    }

    /**
     * The 2D PDE of a setup at the given times, started from the exact transform of the observed
     * initial residual at every mesh node and read at the FFT frequencies of the grid.
     */
    public static PdeTrajectory2D trajectory(PlaneSetup setup, double[] times) {
        return PdeSolver2D.solveAt(setup.pdeProblem(), setup.initialResidualOnGrid(), setup.domain(), times);
    }
}
