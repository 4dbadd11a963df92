package org.freqbias.core.kernel;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * A {@link KernelFlow} by dense eigendecomposition, for 1D grids: the gradient flow
 * dr/dt = -K r with K_ij = Theta(x_i, x_j) dx (the Riemann sum of THEORY.md section 3). K is
 * symmetric positive semi-definite, so with K = V Lambda V^T, r(t) = V exp(-Lambda t) V^T r(0)
 * for any t at once. One eigendecomposition of an N x N matrix: O(N^3), about a second at N = 1024.
 */
public final class EigenKernelFlow implements KernelFlow {

    private final int n;
    private final double[] eigenvalues;
    private final DMatrixRMaj vectors;      // column k is the k-th eigenvector
    private final double[] initialCoefficients;

    private EigenKernelFlow(int n, double[] eigenvalues, DMatrixRMaj vectors, double[] initialCoefficients) {
        this.n = n;
        this.eigenvalues = eigenvalues;
        this.vectors = vectors;
        this.initialCoefficients = initialCoefficients;
    }

    /**
     * @param theta the kernel values Theta(x_i, x_j), N x N and symmetric (not modified)
     * @param dx the grid spacing, the quadrature weight of the integral operator
     * @param initialResidual r(0) on the grid
     */
    public static EigenKernelFlow of(DMatrixRMaj theta, double dx, double[] initialResidual) {
        int n = theta.numRows;
        if (theta.numCols != n || initialResidual.length != n) {
            throw new IllegalArgumentException("kernel must be N x N with N = " + initialResidual.length);
        }
        DMatrixRMaj k = theta.copy();
        for (int i = 0; i < k.data.length; i++) {
            k.data[i] *= dx;
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(k)) {
            throw new IllegalStateException("eigendecomposition of the kernel matrix failed");
        }
        double[] lambda = new double[n];
        DMatrixRMaj v = new DMatrixRMaj(n, n);
        double[] c = new double[n];
        for (int col = 0; col < n; col++) {
            lambda[col] = eig.getEigenvalue(col).getReal();
            DMatrixRMaj vec = eig.getEigenVector(col);
            double dot = 0;
            for (int i = 0; i < n; i++) {
                v.unsafe_set(i, col, vec.data[i]);
                dot += vec.data[i] * initialResidual[i];
            }
            c[col] = dot;
        }
        return new EigenKernelFlow(n, lambda, v, c);
    }

    /** r(t) = V exp(-Lambda t) V^T r(0); tiny negative eigenvalues from rounding are treated as 0. */
    @Override
    public double[] residualAt(double t) {
        double[] scaled = new double[n];
        for (int k = 0; k < n; k++) {
            scaled[k] = initialCoefficients[k] * Math.exp(-Math.max(eigenvalues[k], 0) * t);
        }
        double[] r = new double[n];
        double[] data = vectors.data;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int row = i * n;
            for (int k = 0; k < n; k++) {
                sum += data[row + k] * scaled[k];
            }
            r[i] = sum;
        }
        return r;
    }
}
