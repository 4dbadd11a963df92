package org.freqbias.core.pde2d;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.freqbias.core.pde.CramPoles;

/**
 * An independent reference for exp(-t M^-1 A) y: the order-16 Chebyshev rational approximation
 * (CRAM, error ~1e-15 on the whole spectrum, any step length),
 * <pre>
 *   exp(-dt M^-1 A) y ~ alpha_0 y - 2 Re sum_j c_j (dt A + theta_j M)^-1 M y,
 * </pre>
 * applied in steps of dt, each pole through a complex symmetric LDL^T of dt A + theta_j M in band
 * form (natural node order, no pivoting: the imaginary part Im(theta_j) M is definite). It shares
 * nothing with the fast path but the matrices, which it reads in EJML's compressed-column form.
 */
final class CramReference2D {

    private final DMatrixSparseCSC mass;
    private final int n;
    private final int band;
    private final int width;
    /** Per pole: L (unit lower, strictly below the diagonal) and D in band columns, re and im parts. */
    private final double[][] re;
    private final double[][] im;

    CramReference2D(DMatrixSparseCSC mass, DMatrixSparseCSC operator, double dt) {
        this.mass = mass;
        this.n = mass.numRows;
        int b = 0;
        for (int col = 0; col < n; col++) {
            for (int k = operator.col_idx[col]; k < operator.col_idx[col + 1]; k++) {
                b = Math.max(b, Math.abs(operator.nz_rows[k] - col));
            }
            for (int k = mass.col_idx[col]; k < mass.col_idx[col + 1]; k++) {
                b = Math.max(b, Math.abs(mass.nz_rows[k] - col));
            }
        }
        this.band = b;
        this.width = b + 1;
        int poles = CramPoles.count();
        re = new double[poles][];
        im = new double[poles][];
        for (int j = 0; j < poles; j++) {
            double[] ar = new double[n * width];
            double[] ai = new double[n * width];
            load(operator, dt, 0, ar, ai);
            load(mass, CramPoles.thetaRe(j), CramPoles.thetaIm(j), ar, ai);
            factor(ar, ai);
            re[j] = ar;
            im[j] = ai;
        }
    }

    /** Adds (sr + i si) B into the lower band (entry (r, c), r >= c, at c width + r - c). */
    private void load(DMatrixSparseCSC m, double sr, double si, double[] ar, double[] ai) {
        for (int col = 0; col < n; col++) {
            for (int k = m.col_idx[col]; k < m.col_idx[col + 1]; k++) {
                int row = m.nz_rows[k];
                if (row >= col) {
                    ar[col * width + row - col] += sr * m.nz_values[k];
                    ai[col * width + row - col] += si * m.nz_values[k];
                }
            }
        }
    }

    /** In place: column j becomes (d_j, l_(j+1, j), ..., l_(j+b, j)) with B = L D L^T. */
    private void factor(double[] ar, double[] ai) {
        for (int j = 0; j < n; j++) {
            int cj = j * width;
            double dr = ar[cj];
            double di = ai[cj];
            double norm = dr * dr + di * di;
            double ir = dr / norm;
            double ii = -di / norm;
            int len = Math.min(band, n - 1 - j);
            double[] tr = new double[len + 1];
            double[] ti = new double[len + 1];
            for (int p = 1; p <= len; p++) {
                tr[p] = ar[cj + p];
                ti[p] = ai[cj + p];
                ar[cj + p] = tr[p] * ir - ti[p] * ii;
                ai[cj + p] = tr[p] * ii + ti[p] * ir;
            }
            for (int i = 1; i <= len; i++) {
                int ci = (j + i) * width;
                double xr = tr[i];
                double xi = ti[i];
                for (int q = i; q <= len; q++) {
                    double lr = ar[cj + q];
                    double li = ai[cj + q];
                    ar[ci + q - i] -= lr * xr - li * xi;
                    ai[ci + q - i] -= lr * xi + li * xr;
                }
            }
        }
    }

    /** (dt A + theta_j M) x = rhs for a real rhs; returns {Re x, Im x}. */
    private double[][] solve(int pole, double[] rhs) {
        double[] ar = re[pole];
        double[] ai = im[pole];
        double[] xr = rhs.clone();
        double[] xi = new double[n];
        for (int j = 0; j < n; j++) {
            int cj = j * width;
            int len = Math.min(band, n - 1 - j);
            for (int p = 1; p <= len; p++) {
                xr[j + p] -= ar[cj + p] * xr[j] - ai[cj + p] * xi[j];
                xi[j + p] -= ar[cj + p] * xi[j] + ai[cj + p] * xr[j];
            }
        }
        for (int j = 0; j < n; j++) {
            int cj = j * width;
            double norm = ar[cj] * ar[cj] + ai[cj] * ai[cj];
            double r = (xr[j] * ar[cj] + xi[j] * ai[cj]) / norm;
            double i = (xi[j] * ar[cj] - xr[j] * ai[cj]) / norm;
            xr[j] = r;
            xi[j] = i;
        }
        for (int j = n - 1; j >= 0; j--) {
            int cj = j * width;
            int len = Math.min(band, n - 1 - j);
            for (int p = 1; p <= len; p++) {
                xr[j] -= ar[cj + p] * xr[j + p] - ai[cj + p] * xi[j + p];
                xi[j] -= ar[cj + p] * xi[j + p] + ai[cj + p] * xr[j + p];
            }
        }
        return new double[][] {xr, xi};
    }

    /** One step: y <- exp(-dt M^-1 A) y (a new array). */
    double[] step(double[] y) {
        DMatrixRMaj my = CommonOps_DSCC.mult(mass, DMatrixRMaj.wrap(n, 1, y), null);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = CramPoles.alpha0() * y[i];
        }
        for (int j = 0; j < CramPoles.count(); j++) {
            double[][] x = solve(j, my.data);
            double cr = CramPoles.residueRe(j);
            double ci = CramPoles.residueIm(j);
            for (int i = 0; i < n; i++) {
                out[i] -= 2 * (cr * x[0][i] - ci * x[1][i]);
            }
        }
        return out;
    }
}
