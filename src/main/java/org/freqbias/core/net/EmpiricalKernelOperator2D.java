package org.freqbias.core.net;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.kernel.PlaneKernelOperator;

/**
 * The empirical kernel of a 2D network ({@link EmpiricalKernel}) on the N x N data grid, applied
 * matrix-free: K v = dx^2 J (J^T v), J the N^2 x 4m Jacobian of f on the grid with respect to
 * (a_j, c_j, w_j1, w_j2), J_p,j = (1/sqrt m) (cos, sin, x1 h_j, x2 h_j)(x_p), h_j = -a_j sin + c_j cos.
 *
 * <p>Separable phase tables: cos/sin(w . x) at x = (x_i1, x_i2) are products of per-axis cos/sin,
 * cos(w . x) = C1 C2 - S1 S2 and sin(w . x) = S1 C2 + C1 S2 with C1 = cos(w_1 x_i1), C2 = cos(w_2 x_i2),
 * computed once. With R the N x 4m table (C2, S2, x2 C2, x2 S2) per neuron along the second axis,
 * J^T v needs the product V R (V: v as N x N) and J u a product L R^T with an N x 4m matrix L built
 * from u and the first-axis tables: two dense N x N x 4m products (EJML, both cores), O(N^2 m) per
 * apply, against O(N^4) per apply (and N^4 m to build) for the dense N^2 x N^2 matrix. The network
 * at initialization is fixed, so this is the kernel of the linearized network. Not thread-safe.
 */
public final class EmpiricalKernelOperator2D extends PlaneKernelOperator {

    private final int m;
    private final double[] a;
    private final double[] c;
    private final double[] c1;   // N x m: cos(w_j1 x_i), row-major in i
    private final double[] s1;
    private final DMatrixRMaj r; // N x 4m: (C2, S2, x2 C2, x2 S2) of neuron j at columns 4j..4j+3
    private final DMatrixRMaj field = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj projected = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj lifted = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj result = new DMatrixRMaj(1, 1);

    public EmpiricalKernelOperator2D(FourierFeatureNetwork network, Domain domain) {
        super(domain);
        if (network.dimension() != 2) {
            throw new IllegalArgumentException("the 2D empirical kernel operator needs a 2D network, got a "
                    + network.dimension() + "D one");
        }
        this.m = network.width();
        this.a = network.cosineWeights();
        this.c = network.sineWeights();
        double[][] w = network.frequencies();
        this.c1 = new double[n * m];
        this.s1 = new double[n * m];
        this.r = new DMatrixRMaj(n, 4 * m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double t1 = w[0][j] * x[i];
                c1[i * m + j] = Math.cos(t1);
                s1[i * m + j] = Math.sin(t1);
                double t2 = w[1][j] * x[i];
                double cos2 = Math.cos(t2);
                double sin2 = Math.sin(t2);
                int at = i * 4 * m + 4 * j;
                r.data[at] = cos2;
                r.data[at + 1] = sin2;
                r.data[at + 2] = x[i] * cos2;
                r.data[at + 3] = x[i] * sin2;
            }
        }
    }

    @Override
    protected void applyOnGrid(double[] v, double[] out) {
        int points = n * n;
        field.reshape(n, n);
        System.arraycopy(v, 0, field.data, 0, points);
        projected.reshape(n, 4 * m);
        CommonOps_MT_DDRM.mult(field, r, projected);          // M_i,(j,q) = sum_i2 v_i,i2 R_i2,(j,q)
        double[] g = gradient(projected.data);                 // J^T v, 4 per neuron, without 1/sqrt m
        lifted.reshape(n, 4 * m);
        lift(g, lifted.data);
        result.reshape(n, n);
        CommonOps_MT_DDRM.multTransB(lifted, r, result);      // f_i1,i2 = sum_(j,q) L_i1,(j,q) R_i2,(j,q)
        double scale = weight / m;                             // dx^2 and the two 1/sqrt m of J and J^T
        for (int p = 0; p < points; p++) {
            out[p] = scale * result.data[p];
        }
    }

    /**
     * Per neuron j, the four sums over the grid (sum cos v, sum sin v, sum x1 h v, sum x2 h v),
     * contracting the first axis of M = V R with the first-axis tables.
     */
    private double[] gradient(double[] mm) {
        double[] g = new double[4 * m];
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            int row = i * 4 * m;
            for (int j = 0; j < m; j++) {
                double cc = c1[i * m + j];
                double ss = s1[i * m + j];
                int at = row + 4 * j;
                double cosV = cc * mm[at] - ss * mm[at + 1];
                double sinV = ss * mm[at] + cc * mm[at + 1];
                double x2cosV = cc * mm[at + 2] - ss * mm[at + 3];
                double x2sinV = ss * mm[at + 2] + cc * mm[at + 3];
                g[4 * j] += cosV;
                g[4 * j + 1] += sinV;
                g[4 * j + 2] += xi * (c[j] * cosV - a[j] * sinV);
                g[4 * j + 3] += c[j] * x2cosV - a[j] * x2sinV;
            }
        }
        return g;
    }

    /**
     * L with f = L R^T for the parameter direction g: the coefficients of C2, S2, x2 C2 and x2 S2 in
     * sum_j [g_a cos + g_c sin + (g_w1 x1 + g_w2 x2) h_j] at each first-axis point.
     */
    private void lift(double[] g, double[] l) {
        for (int i = 0; i < n; i++) {
            double xi = x[i];
            int row = i * 4 * m;
            for (int j = 0; j < m; j++) {
                int at = row + 4 * j;
                double cc = c1[i * m + j];
                double ss = s1[i * m + j];
                double p0 = g[4 * j] + c[j] * g[4 * j + 2] * xi;
                double q0 = g[4 * j + 1] - a[j] * g[4 * j + 2] * xi;
                double b2 = g[4 * j + 3];
                l[at] = p0 * cc + q0 * ss;
                l[at + 1] = q0 * cc - p0 * ss;
                l[at + 2] = b2 * (c[j] * cc - a[j] * ss);
                l[at + 3] = -b2 * (c[j] * ss + a[j] * cc);
            }
        }
    }
}
