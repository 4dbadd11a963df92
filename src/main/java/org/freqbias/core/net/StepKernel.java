package org.freqbias.core.net;

import java.util.Arrays;

/**
 * Fast static kernels of one full-batch gradient-descent step of the Fourier-features network on a
 * 1D or 2D uniform grid (laid out by a {@link StepGrid}). They write only into arrays the caller owns.
 *
 * <p>With d the dimension, r_i = f(x_i) - g_i and s = dx^d / sqrt(m), the gradients of
 * Loss = 1/2 sum_i r_i^2 dx^d are, for each coordinate k &lt; d,
 *
 * <pre>
 *   dL/da_j = s sum_i r_i cos(w_j . x_i)        dL/dc_j = s sum_i r_i sin(w_j . x_i)
 *   dL/dw_jk = s sum_i r_i x_ik (-a_j sin(w_j . x_i) + c_j cos(w_j . x_i))
 * </pre>
 *
 * so each neuron needs the complex sums R_j = sum_i r_i e^{i w_j . x_i} and
 * X_jk = sum_i r_i x_ik e^{i w_j . x_i}: dL/da = s Re R, dL/dc = s Im R, dL/dw_k = s (c Re X_k - a Im X_k).
 *
 * <p>No trigonometric call per sample. Grid arrays are rows of {@link #BLOCK} = B samples (see
 * {@link StepGrid}: row p = l K + b is block b of line l), so e^{i w . x} = U_p V_q with
 * V_q = e^{i w' q dx} and U_p = A_l C_b, where w' is the along-line component, C_b = e^{i w' (x0 + b B dx)}
 * and, in 2D, A_l = e^{i w1 (x0 + l dx)} (A = 1 in 1D). V, C and A come from rotation recurrences
 * started at exact anchors (cos and sin of w_k dx and of w_k x0, kept per neuron in a caller-owned
 * array), so every entry is at most B + K + lines complex products from an exact value: drift
 * ~ (B + K + lines) ulp. Then R = sum_q V_q (sum_p r_pq U_p). Each coordinate splits as
 * x_k = rowPart_k(p) + columnPart_k(q) (StepGrid.rowPart), so
 * X_k = sum_q V_q (sum_p r_pq rowPart_k(p) U_p + columnPart_k(q) sum_p r_pq U_p): one more pair of
 * row passes per coordinate with a row part (none for x2 on a 64-point line), and no x r arrays.
 * The output row p gains sum_j Re(Z_jp V_jq), with Z_jp = (a_j - i c_j) U_jp. Those inner loops run over q only, over whole
 * row arrays, with one store each: the shape HotSpot's C2 vectorizes (an index offset or a second
 * store defeats it).
 */
public final class StepKernel {

    /** Samples per row (B): the length of the vectorized inner loops. */
    public static final int BLOCK = 64;
    /** Rows combined per pass of a correlation loop. */
    static final int ROWS = 4;
    /** Neurons per group. Groups start at multiples of GROUP, so a zero-output pair (2k, 2k+1) shares one. */
    public static final int GROUP = 4;
    /**
     * Doubles per neuron and coordinate k in the anchors array: cos(w_k dx), sin(w_k dx), cos(w_k x0),
     * sin(w_k x0). Neuron j's anchors start at ANCHORS * d * j.
     */
    public static final int ANCHORS = 4;

    private StepKernel() {
    }

    /** Number of rows of B samples for n samples on a line: ceil(n / B) rounded up to a multiple of ROWS. */
    public static int rows(int n) {
        int unit = BLOCK * ROWS;
        return (n + unit - 1) / unit * ROWS;
    }

    /** Per-thread scratch tables. Not shared between threads. */
    public static final class Workspace {
        final StepGrid grid;
        final double[][] vr = new double[GROUP][BLOCK];
        final double[][] vi = new double[GROUP][BLOCK];
        final double[][] cr;
        final double[][] ci;
        final double[][] ar;
        final double[][] ai;
        final double[][] ur;
        final double[][] ui;
        final double[][] acc;
        final double[] step = new double[2 * GROUP];
        final double[] start = new double[2 * GROUP];
        final double[] one = new double[2 * GROUP];
        final double[] sum = new double[2];
        final double[] gw;
        /** rowPart[k][p] U_p, per neuron. */
        final double[][] xur;
        final double[][] xui;
        /** Coordinate k of row p, column q is rowPart[k][p] + columnPart[k][q]. */
        final double[][] rowPart;
        final double[][] columnPart;

        /** Scratch for the grid's layout. */
        public Workspace(StepGrid grid) {
            if (grid.rows() % ROWS != 0) {
                throw new IllegalArgumentException("rows must be a multiple of " + ROWS + ", got " + grid.rows());
            }
            this.grid = grid;
            cr = new double[GROUP][grid.blocksPerLine()];
            ci = new double[GROUP][grid.blocksPerLine()];
            ar = new double[GROUP][grid.lines()];
            ai = new double[GROUP][grid.lines()];
            ur = new double[GROUP][grid.rows()];
            ui = new double[GROUP][grid.rows()];
            acc = new double[2 + 2 * grid.dimension()][BLOCK];
            int d = grid.dimension();
            gw = new double[d];
            xur = new double[d][grid.rows()];
            xui = new double[d][grid.rows()];
            rowPart = new double[d][grid.rows()];
            columnPart = new double[d][BLOCK];
            for (int k = 0; k < d; k++) {
                for (int p = 0; p < grid.rows(); p++) {
                    rowPart[k][p] = grid.rowPart(k, p);
                }
                for (int q = 0; q < BLOCK; q++) {
                    columnPart[k][q] = grid.columnPart(k, q);
                }
            }
        }
    }

    /**
     * Writes r = f - g into the rows r[p][q] (zero on the padding). f and g are flat row-major grid
     * arrays. Returns the loss 1/2 sum_i r_i^2 dx^d. Modifies only r.
     */
    public static double residual(double[] f, double[] g, StepGrid grid, double[][] r) {
        double sum = 0;
        for (int p = 0; p < r.length; p++) {
            for (int q = 0; q < BLOCK; q++) {
                int i = grid.index(p, q);
                double ri = i >= 0 ? f[i] - g[i] : 0;
                r[p][q] = ri;
                sum += ri * ri;
            }
        }
        return 0.5 * sum * grid.cell();
    }

    /**
     * Sets the anchors of neurons [from, to) from their frequency components w[k][j]: see
     * {@link #ANCHORS}. Modifies only anchors.
     */
    public static void anchor(double[][] w, int from, int to, StepGrid grid, double[] anchors) {
        int d = w.length;
        for (int j = from; j < to; j++) {
            for (int k = 0; k < d; k++) {
                int o = ANCHORS * (d * j + k);
                anchors[o] = Math.cos(w[k][j] * grid.dx());
                anchors[o + 1] = Math.sin(w[k][j] * grid.dx());
                anchors[o + 2] = Math.cos(w[k][j] * grid.x0());
                anchors[o + 3] = Math.sin(w[k][j] * grid.x0());
            }
        }
    }

    /**
     * One gradient-descent step for neurons j in [from, to), fused with their output at the new
     * parameters. Needs the residual rows r from {@link #residual} and the anchors of the current
     * w (from {@link #anchor} or the previous call). Sets w[k][j] -= eta dL/dw_jk, a_j -= eta dL/da_j,
     * c_j -= eta dL/dc_j (gradients at the old parameters, s = gradScale = dx^d / sqrt(m)), refreshes
     * their anchors, and adds sum_j [a_j cos(w_j . x_i) + c_j sin(w_j . x_i)] (new parameters, no
     * 1/sqrt(m)) into the output rows out[p][q], padding included. Modifies w, a, c, anchors, out, ws.
     */
    public static void stepNeurons(double[][] w, double[] a, double[] c, double[] anchors, int from, int to,
            double gradScale, double eta, double[][] r, double[][] out, Workspace ws) {
        double[][] acc = ws.acc;
        int d = w.length;
        double[] gw = ws.gw;
        for (int j0 = from; j0 < to; j0 += GROUP) {
            int count = Math.min(GROUP, to - j0);
            PhaseTables.fill(anchors, d, j0, count, ws);
            for (int k = 0; k < count; k++) {
                for (double[] row : acc) {
                    Arrays.fill(row, 0);
                }
                double[] ur = ws.ur[k], ui = ws.ui[k];
                StepGrid grid = ws.grid;
                for (int e = 0; e < d; e++) {
                    if (!grid.hasRowPart(e)) {
                        continue;
                    }
                    double[] rowPart = ws.rowPart[e], xr = ws.xur[e], xi = ws.xui[e];
                    for (int p = 0; p < xr.length; p++) {
                        xr[p] = rowPart[p] * ur[p];
                        xi[p] = rowPart[p] * ui[p];
                    }
                }
                for (int p = 0; p < grid.rows(); p += ROWS) {
                    accumulate(acc[0], r, p, ur);
                    accumulate(acc[1], r, p, ui);
                    for (int e = 0; e < d; e++) {
                        if (grid.hasRowPart(e)) {
                            accumulate(acc[2 + 2 * e], r, p, ws.xur[e]);
                            accumulate(acc[3 + 2 * e], r, p, ws.xui[e]);
                        }
                    }
                }
                // acc_Xe[q] = sum_p r_pq x_e U_p = (row-weighted sum) + columnPart_e[q] acc_R[q].
                for (int e = 0; e < d; e++) {
                    addScaled(acc[2 + 2 * e], ws.columnPart[e], acc[0]);
                    addScaled(acc[3 + 2 * e], ws.columnPart[e], acc[1]);
                }
                int j = j0 + k;
                double[] vr = ws.vr[k], vi = ws.vi[k];
                double[] sum = ws.sum;
                // R = sum_q V_q acc_q, X_e likewise: short reductions; dL/dw_e = s (c Re X_e - a Im X_e).
                reduce(acc[0], acc[1], vr, vi, sum);
                double ga = gradScale * sum[0];
                double gc = gradScale * sum[1];
                for (int e = 0; e < d; e++) {
                    reduce(acc[2 + 2 * e], acc[3 + 2 * e], vr, vi, sum);
                    gw[e] = gradScale * (c[j] * sum[0] - a[j] * sum[1]);
                }
                for (int e = 0; e < d; e++) {
                    w[e][j] -= eta * gw[e];
                }
                a[j] -= eta * ga;
                c[j] -= eta * gc;
            }
            anchor(w, j0, j0 + count, ws.grid, anchors);
            PhaseTables.fill(anchors, d, j0, count, ws);
            emit(a, c, j0, count, out, ws);
        }
    }

    /**
     * Adds sum_{j in [from, to)} [a_j cos(w_j . x_i) + c_j sin(w_j . x_i)] (no 1/sqrt(m)) into the
     * output rows out[p][q], padding included, using the anchors of the current w (d = dimension
     * components). Modifies out, ws.
     */
    public static void addOutputs(double[] a, double[] c, double[] anchors, int from, int to, double[][] out,
            Workspace ws) {
        for (int j0 = from; j0 < to; j0 += GROUP) {
            int count = Math.min(GROUP, to - j0);
            PhaseTables.fill(anchors, ws.grid.dimension(), j0, count, ws);
            emit(a, c, j0, count, out, ws);
        }
    }

    /** y[q] += s[q] x[q]. Modifies only y. */
    private static void addScaled(double[] y, double[] s, double[] x) {
        for (int q = 0; q < y.length; q++) {
            y[q] += s[q] * x[q];
        }
    }

    /**
     * sum[0] + i sum[1] = sum_q (xr_q + i xi_q)(vr_q + i vi_q), with even and odd q in separate
     * partial sums so that four addition chains overlap. Modifies only sum.
     */
    private static void reduce(double[] xr, double[] xi, double[] vr, double[] vi, double[] sum) {
        double re0 = 0, im0 = 0, re1 = 0, im1 = 0;
        for (int q = 0; q < vr.length; q += 2) {
            re0 += xr[q] * vr[q] - xi[q] * vi[q];
            im0 += xr[q] * vi[q] + xi[q] * vr[q];
            re1 += xr[q + 1] * vr[q + 1] - xi[q + 1] * vi[q + 1];
            im1 += xr[q + 1] * vi[q + 1] + xi[q + 1] * vr[q + 1];
        }
        sum[0] = re0 + re1;
        sum[1] = im0 + im1;
    }

    /**
     * acc[q] += sum_{t &lt; ROWS} rows[p + t][q] * u[p + t]. Kept this small (one store, four rows,
     * loop bound from an array length) because C2 only vectorizes loops whose unrolled body fits
     * its unroll limit.
     */
    private static void accumulate(double[] acc, double[][] rows, int p, double[] u) {
        double[] r0 = rows[p], r1 = rows[p + 1], r2 = rows[p + 2], r3 = rows[p + 3];
        double u0 = u[p], u1 = u[p + 1], u2 = u[p + 2], u3 = u[p + 3];
        for (int q = 0; q < acc.length; q++) {
            acc[q] += (r0[q] * u0 + r1[q] * u1) + (r2[q] * u2 + r3[q] * u3);
        }
    }

    /**
     * out[p][q] += sum_k Re((a_k - i c_k) U_kp V_kq) over the group's neurons, two at a time: the
     * terms of neurons (0, 1) and of (2, 3) are summed before they are added, so a zero-output pair
     * cancels exactly.
     */
    private static void emit(double[] a, double[] c, int j0, int count, double[][] out, Workspace ws) {
        for (int k = 0; k < count; k += 2) {
            int j = j0 + k;
            double a0 = a[j], c0 = c[j];
            double a1 = k + 1 < count ? a[j + 1] : 0, c1 = k + 1 < count ? c[j + 1] : 0;
            double[] u0r = ws.ur[k], u0i = ws.ui[k], u1r = ws.ur[k + 1], u1i = ws.ui[k + 1];
            double[] v0r = ws.vr[k], v0i = ws.vi[k], v1r = ws.vr[k + 1], v1i = ws.vi[k + 1];
            for (int p = 0; p < out.length; p++) {
                double z0r = a0 * u0r[p] + c0 * u0i[p], z0i = a0 * u0i[p] - c0 * u0r[p];
                double z1r = a1 * u1r[p] + c1 * u1i[p], z1i = a1 * u1i[p] - c1 * u1r[p];
                double[] row = out[p];
                for (int q = 0; q < row.length; q++) {
                    row[q] += (z0r * v0r[q] - z0i * v0i[q]) + (z1r * v1r[q] - z1i * v1i[q]);
                }
            }
        }
    }
}
