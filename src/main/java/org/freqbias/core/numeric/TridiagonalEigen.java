package org.freqbias.core.numeric;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * T = Q diag(values) Q^T for the symmetric tridiagonal T with diagonal alpha[0 .. k) and off-diagonal
 * beta[0 .. k - 1) (a Lanczos matrix; EJML's dense symmetric eigensolver, k is small): the
 * eigenvalues and the orthonormal eigenvectors as the columns of {@code vectors}.
 */
public record TridiagonalEigen(double[] values, DMatrixRMaj vectors) {

    /** Reads the first k entries of {@code alpha} and k - 1 of {@code beta}. */
    public static TridiagonalEigen of(double[] alpha, double[] beta, int k) {
        DMatrixRMaj t = new DMatrixRMaj(k, k);
        for (int i = 0; i < k; i++) {
            t.set(i, i, alpha[i]);
            if (i + 1 < k) {
                t.set(i, i + 1, beta[i]);
                t.set(i + 1, i, beta[i]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(k, true, true);
        if (!eig.decompose(t)) {
            throw new IllegalStateException("eigendecomposition of the Lanczos tridiagonal failed");
        }
        double[] values = new double[k];
        DMatrixRMaj vectors = new DMatrixRMaj(k, k);
        for (int c = 0; c < k; c++) {
            values[c] = eig.getEigenvalue(c).getReal();
            DMatrixRMaj vec = eig.getEigenVector(c);
            for (int r = 0; r < k; r++) {
                vectors.set(r, c, vec.get(r, 0));
            }
        }
        return new TridiagonalEigen(values, vectors);
    }
}
