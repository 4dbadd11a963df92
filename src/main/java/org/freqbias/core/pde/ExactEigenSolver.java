package org.freqbias.core.pde;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.eig.SymmetricQRAlgorithmDecomposition_DDRM;

/**
 * Time integration that is exact for the semi-discrete system M u' = -A u: with the Cholesky
 * factor M = L L^T (bidiagonal) and the symmetric eigen-decomposition L^-1 A L^-T = Q Lambda Q^T,
 * the M-orthonormal eigenvectors are V = L^-T Q and
 * <pre>
 *   u(t) = V exp(-Lambda t) V^T M u0 = L^-T Q exp(-Lambda t) c,   c = Q^T L^T u0.
 * </pre>
 * O(n^3) once (dense eigen-decomposition), then O(n^2) per time; exp(-lambda t) underflowing to 0
 * for stiff modes is exact enough.
 */
final class ExactEigenSolver extends PdeSolution {

    private final int n;
    private final double[] cholDiag;   // L(i, i)
    private final double[] cholSub;    // L(i, i-1), entry 0 unused
    private final double[] lambda;
    private final double[] modes;      // row k = eigenvector q_k of the reduced problem
    private final double[] coefRe;
    private final double[] coefIm;

    /** Decomposes the problem's matrices and projects the nodal initial values {@code re0, im0} (read only). */
    ExactEigenSolver(PdeProblem problem, double[] re0, double[] im0) {
        super(problem.mesh(), P1Assembly.mass(problem.mesh()));
        Tridiagonal m = mass();
        Tridiagonal a = problem.operator();
        n = m.size();
        cholDiag = new double[n];
        cholSub = new double[n];
        for (int i = 0; i < n; i++) {
            double sub = i == 0 ? 0 : m.off()[i - 1] / cholDiag[i - 1];
            cholSub[i] = sub;
            cholDiag[i] = Math.sqrt(m.diag()[i] - sub * sub);
        }
        // Vectors computed with the values: the default two-pass variant fails on the large
        // cluster of near-zero eigenvalues where rho vanishes.
        SymmetricQRAlgorithmDecomposition_DDRM eig = new SymmetricQRAlgorithmDecomposition_DDRM(true);
        eig.setComputeVectorsWithValues(true);
        eig.setMaxIterations(100 * n);
        if (!eig.decompose(reduced(a))) {
            throw new IllegalStateException("symmetric eigen-decomposition failed for " + n + " nodes");
        }
        lambda = new double[n];
        modes = new double[n * n];
        for (int k = 0; k < n; k++) {
            lambda[k] = eig.getEigenvalue(k).real;
            System.arraycopy(eig.getEigenVector(k).data, 0, modes, k * n, n);
        }
        coefRe = project(re0);
        coefIm = project(im0);
    }

    /** C = L^-1 A L^-T as a dense symmetric matrix, in O(n^2) since L is bidiagonal. */
    private DMatrixRMaj reduced(Tridiagonal a) {
        DMatrixRMaj x = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            x.unsafe_set(i, i, a.diag()[i]);
            if (i + 1 < n) {
                x.unsafe_set(i, i + 1, a.off()[i]);
                x.unsafe_set(i + 1, i, a.off()[i]);
            }
        }
        forwardRows(x);                                   // X = L^-1 A
        DMatrixRMaj c = CommonOps_DDRM.transpose(x, null);
        forwardRows(c);                                   // C = L^-1 X^T
        for (int i = 0; i < n; i++) {                     // remove rounding asymmetry
            for (int j = 0; j < i; j++) {
                double s = 0.5 * (c.unsafe_get(i, j) + c.unsafe_get(j, i));
                c.unsafe_set(i, j, s);
                c.unsafe_set(j, i, s);
            }
        }
        return c;
    }

    /** Overwrites x with L^-1 x (forward substitution, row by row). */
    private void forwardRows(DMatrixRMaj x) {
        double[] d = x.data;
        for (int i = 0; i < n; i++) {
            int row = i * n;
            double inv = 1 / cholDiag[i];
            double sub = cholSub[i];
            for (int j = 0; j < n; j++) {
                double prev = i == 0 ? 0 : d[row - n + j];
                d[row + j] = (d[row + j] - sub * prev) * inv;
            }
        }
    }

    /** c = Q^T L^T u0. */
    private double[] project(double[] u0) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = cholDiag[i] * u0[i] + (i + 1 < n ? cholSub[i + 1] * u0[i + 1] : 0);
        }
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += modes[k * n + i] * v[i];
            }
            c[k] = s;
        }
        return c;
    }

    @Override
    void nodal(double t, double[] re, double[] im) {
        if (!(t >= 0)) {
            throw new IllegalArgumentException("t must be >= 0, got " + t);
        }
        Arrays.fill(re, 0);
        Arrays.fill(im, 0);
        for (int k = 0; k < n; k++) {
            double decay = Math.exp(-lambda[k] * t);
            double wr = decay * coefRe[k];
            double wi = decay * coefIm[k];
            if (wr == 0 && wi == 0) {
                continue;                                 // underflowed stiff mode
            }
            int row = k * n;
            for (int i = 0; i < n; i++) {
                re[i] += wr * modes[row + i];
                im[i] += wi * modes[row + i];
            }
        }
        backward(re);
        backward(im);
    }

    /** Overwrites v with L^-T v. */
    private void backward(double[] v) {
        v[n - 1] /= cholDiag[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            v[i] = (v[i] - cholSub[i + 1] * v[i + 1]) / cholDiag[i];
        }
    }
}
