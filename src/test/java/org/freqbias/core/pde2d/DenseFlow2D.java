package org.freqbias.core.pde2d;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.ops.DConvertMatrixStruct;

/**
 * The exact solution of M u' = -A u on a small mesh, for tests: the generalized symmetric
 * eigenproblem A v = lambda M v solved densely (M = L L^T, eig of L^-1 A L^-T), then
 * u(t) = V exp(-t Lambda) V^T M u0 with V^T M V = I. Exact to rounding at any t.
 */
final class DenseFlow2D {

    private final DMatrixRMaj mass;
    private final DMatrixRMaj vectors;   // V, columns M-orthonormal
    private final double[] values;

    DenseFlow2D(DMatrixSparseCSC massCsc, DMatrixSparseCSC operatorCsc) {
        mass = DConvertMatrixStruct.convert(massCsc, (DMatrixRMaj) null);
        DMatrixRMaj a = DConvertMatrixStruct.convert(operatorCsc, (DMatrixRMaj) null);
        int n = mass.numRows;
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
        if (!chol.decompose(mass.copy())) {
            throw new IllegalStateException("M is not positive definite");
        }
        DMatrixRMaj lower = chol.getT(null);
        DMatrixRMaj inverse = new DMatrixRMaj(n, n);
        CommonOps_DDRM.invert(lower, inverse);
        DMatrixRMaj c = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(inverse, a, c);
        DMatrixRMaj sym = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(c, inverse, sym);
        for (int i = 0; i < n; i++) {              // symmetric to rounding; make it exactly so
            for (int j = 0; j < i; j++) {
                double s = 0.5 * (sym.get(i, j) + sym.get(j, i));
                sym.set(i, j, s);
                sym.set(j, i, s);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(sym)) {
            throw new IllegalStateException("eigendecomposition failed");
        }
        values = new double[n];
        DMatrixRMaj q = new DMatrixRMaj(n, n);
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(k).getReal();
            DMatrixRMaj vec = eig.getEigenVector(k);
            for (int r = 0; r < n; r++) {
                q.set(r, k, vec.get(r, 0));
            }
        }
        vectors = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransA(inverse, q, vectors);   // V = L^-T Q
    }

    /** u(t) for initial nodal values {@code u0} (a new array). */
    double[] at(double[] u0, double t) {
        int n = u0.length;
        DMatrixRMaj mu = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(mass, DMatrixRMaj.wrap(n, 1, u0), mu);
        DMatrixRMaj coefficients = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.multTransA(vectors, mu, coefficients);
        for (int k = 0; k < n; k++) {
            coefficients.data[k] *= Math.exp(-values[k] * t);
        }
        DMatrixRMaj out = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(vectors, coefficients, out);
        return out.data;
    }

    /** The largest eigenvalue of M^-1 A. */
    double largestRate() {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
