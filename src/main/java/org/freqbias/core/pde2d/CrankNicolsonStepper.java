package org.freqbias.core.pde2d;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;

/**
 * Time steps of M u' = -A u of fixed length dt, all through ONE sparse Cholesky factorization of
 * S = M + dt/2 A (symmetric positive definite):
 * <ul>
 *   <li>{@link #crankNicolson}: S u_new = (M - dt/2 A) u, second order, amplification
 *       (1 - z/2) / (1 + z/2) for a mode of rate lambda, z = lambda dt: |.| < 1 but tends to -1 for stiff modes;</li>
 *   <li>{@link #dampingStart}: two backward-Euler half steps S u_new = M u (Rannacher start), amplification
 *       1 / (1 + z/2)^2, which damps the stiff modes the initial data excite before CN takes over.</li>
 * </ul>
 * The state is an n x 2 matrix: column 0 the real part, column 1 the imaginary part (A is real, so
 * both evolve with the same operator). Not thread-safe: it owns work arrays.
 */
final class CrankNicolsonStepper {

    private final double dt;
    private final DMatrixSparseCSC mass;
    private final DMatrixSparseCSC explicit;
    private final LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> solver;
    private final DMatrixRMaj rhs;

    CrankNicolsonStepper(DMatrixSparseCSC mass, DMatrixSparseCSC operator, double dt) {
        this.dt = dt;
        this.mass = mass;
        this.explicit = CommonOps_DSCC.add(1, mass, -dt / 2, operator, null, null, null);
        DMatrixSparseCSC implicit = CommonOps_DSCC.add(1, mass, dt / 2, operator, null, null, null);
        // Natural (row-major) ordering: bandwidth elements + 2, so the factor holds ~ n (elements + 2) entries.
        this.solver = LinearSolverFactory_DSCC.cholesky(FillReducing.NONE);
        if (!solver.setA(implicit)) {
            throw new IllegalStateException("M + dt/2 A is not positive definite (dt = " + dt + ")");
        }
        this.rhs = new DMatrixRMaj(mass.numRows, 2);
    }

    double dt() {
        return dt;
    }

    /** One Crank-Nicolson step of length dt; overwrites {@code u}. */
    void crankNicolson(DMatrixRMaj u) {
        CommonOps_DSCC.mult(explicit, u, rhs);
        solver.solve(rhs, u);
    }

    /** Two backward-Euler steps of length dt/2 (together dt); overwrites {@code u}. */
    void dampingStart(DMatrixRMaj u) {
        for (int half = 0; half < 2; half++) {
            CommonOps_DSCC.mult(mass, u, rhs);
            solver.solve(rhs, u);
        }
    }
}
