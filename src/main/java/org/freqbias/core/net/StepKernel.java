package org.freqbias.core.net;

import java.util.Arrays;

/**
 * Fast static kernels of one full-batch gradient-descent step of the 1D Fourier-features network
 * on a uniform grid x_i = x0 + i dx. They write only into arrays the caller owns.
 *
 * <p>With r_i = f(x_i) - g_i and s = dx / sqrt(m), the gradients of Loss = 1/2 sum_i r_i^2 dx are
 *
 * <pre>
 *   dL/da_j = s sum_i r_i cos(w_j x_i)        dL/dc_j = s sum_i r_i sin(w_j x_i)
 *   dL/dw_j = s sum_i r_i x_i (-a_j sin(w_j x_i) + c_j cos(w_j x_i))
 * </pre>
 *
 * so each neuron needs the two complex sums R_j = sum_i r_i e^{i w_j x_i} and
 * X_j = sum_i r_i x_i e^{i w_j x_i}: dL/da = s Re R, dL/dc = s Im R, dL/dw = s (c Re X - a Im X).
 *
 * <p>No trigonometric call per sample. Grid arrays are stored as rows of {@link #BLOCK} = B
 * samples (index i = p B + q, zero-padded), so e^{i w x_i} = U_p V_q with U_p = e^{i w (x0 + p B dx)}
 * and V_q = e^{i w q dx}. Both short tables come from rotation recurrences started at exact
 * anchors (cos and sin of w dx and of w x0, kept per neuron in a caller-owned array), so every entry
 * is at most B + P complex products from an exact value: drift ~ (B + P) ulp. Then
 * R = sum_q V_q (sum_p r_pq U_p), and the output row p gains sum_j Re(Z_jp V_jq) with
 * Z_jp = (a_j - i c_j) U_jp. Those inner loops run over q only, over whole row arrays, with one
 * store each: the shape HotSpot's C2 vectorizes (an index offset or a second store defeats it).
 */
public final class StepKernel {

    /** Samples per row (B): the length of the vectorized inner loops. */
    public static final int BLOCK = 64;
    /** Rows combined per pass of a correlation loop. */
    static final int ROWS = 4;
    /** Neurons per group. Groups start at multiples of GROUP, so a zero-output pair (2k, 2k+1) shares one. */
    public static final int GROUP = 4;
    /** Doubles per neuron in the anchors array: cos(w dx), sin(w dx), cos(w x0), sin(w x0). */
    public static final int ANCHORS = 4;

    private StepKernel() {
    }

    /** Number of rows of B samples for n samples: ceil(n / B) rounded up to a multiple of ROWS. */
    public static int rows(int n) {
        int unit = BLOCK * ROWS;
        return (n + unit - 1) / unit * ROWS;
    }

    /** Per-thread scratch tables. Not shared between threads. */
    public static final class Workspace {
        final int rows;
        final double[][] vr = new double[GROUP][BLOCK];
        final double[][] vi = new double[GROUP][BLOCK];
        final double[][] ur;
        final double[][] ui;
        final double[][] acc = new double[4][BLOCK];
        final double[] step = new double[2 * GROUP];
        final double[] start = new double[2 * GROUP];
        final double[] one = new double[2 * GROUP];

        /** Scratch for grids of {@code rows} rows (a value of {@link #rows}). */
        public Workspace(int rows) {
            if (rows <= 0 || rows % ROWS != 0) {
                throw new IllegalArgumentException("rows must be a positive multiple of " + ROWS
                        + " (use StepKernel.rows(n)), got " + rows);
            }
            this.rows = rows;
            ur = new double[GROUP][rows];
            ui = new double[GROUP][rows];
        }
    }

    /**
     * Writes r[i] = f[i] - g[i] and rx[i] = x_i r[i], x_i = x0 + i dx, for i &lt; n into the rows
     * r[i / B][i % B], rx[i / B][i % B], and zero on the padding. f and g are flat (length &gt;= n).
     * Returns the loss 1/2 sum_{i&lt;n} r_i^2 dx. Modifies only r and rx.
     */
    public static double residual(double[] f, double[] g, int n, double x0, double dx, double[][] r, double[][] rx) {
        double sum = 0;
        for (int p = 0; p < r.length; p++) {
            for (int q = 0; q < BLOCK; q++) {
                int i = p * BLOCK + q;
                double ri = i < n ? f[i] - g[i] : 0;
                r[p][q] = ri;
                rx[p][q] = (x0 + i * dx) * ri;
                sum += ri * ri;
            }
        }
        return 0.5 * sum * dx;
    }

    /**
     * Sets the anchors of neurons [from, to) from their frequencies: anchors[4j..4j+3] =
     * cos(w_j dx), sin(w_j dx), cos(w_j x0), sin(w_j x0). Modifies only anchors.
     */
    public static void anchor(double[] w, int from, int to, double x0, double dx, double[] anchors) {
        for (int j = from; j < to; j++) {
            anchors[ANCHORS * j] = Math.cos(w[j] * dx);
            anchors[ANCHORS * j + 1] = Math.sin(w[j] * dx);
            anchors[ANCHORS * j + 2] = Math.cos(w[j] * x0);
            anchors[ANCHORS * j + 3] = Math.sin(w[j] * x0);
        }
    }

    /**
     * One gradient-descent step for neurons j in [from, to), fused with their output at the new
     * parameters. Needs the residual rows r, rx from {@link #residual} and the anchors of the current
     * w (from {@link #anchor} or the previous call). Sets w_j -= eta dL/dw_j, a_j -= eta dL/da_j,
     * c_j -= eta dL/dc_j (gradients at the old parameters, s = gradScale = dx / sqrt(m)), refreshes
     * their anchors, and adds sum_j [a_j cos(w_j x_i) + c_j sin(w_j x_i)] (new parameters, no
     * 1/sqrt(m)) into the output rows out[p][q], padding included. Modifies w, a, c, anchors, out, ws.
     */
    public static void stepNeurons(double[] w, double[] a, double[] c, double[] anchors, int from, int to,
            double x0, double dx, double gradScale, double eta, double[][] r, double[][] rx, double[][] out,
            Workspace ws) {
        double[][] acc = ws.acc;
        for (int j0 = from; j0 < to; j0 += GROUP) {
            int count = Math.min(GROUP, to - j0);
            tables(anchors, j0, count, ws);
            for (int k = 0; k < count; k++) {
                for (double[] row : acc) {
                    Arrays.fill(row, 0);
                }
                for (int p = 0; p < ws.rows; p += ROWS) {
                    accumulate(acc[0], r, p, ws.ur[k]);
                    accumulate(acc[1], r, p, ws.ui[k]);
                    accumulate(acc[2], rx, p, ws.ur[k]);
                    accumulate(acc[3], rx, p, ws.ui[k]);
                }
                // R = sum_q V_q (accR_q), X = sum_q V_q (accX_q): short scalar reductions.
                double[] vr = ws.vr[k];
                double[] vi = ws.vi[k];
                double[] rRe = acc[0], rIm = acc[1], xRe = acc[2], xIm = acc[3];
                double sr = 0, si = 0, tr = 0, ti = 0;
                for (int q = 0; q < vr.length; q++) {
                    sr += rRe[q] * vr[q] - rIm[q] * vi[q];
                    si += rRe[q] * vi[q] + rIm[q] * vr[q];
                    tr += xRe[q] * vr[q] - xIm[q] * vi[q];
                    ti += xRe[q] * vi[q] + xIm[q] * vr[q];
                }
                int j = j0 + k;
                double gw = gradScale * (c[j] * tr - a[j] * ti);
                w[j] -= eta * gw;
                a[j] -= eta * gradScale * sr;
                c[j] -= eta * gradScale * si;
            }
            anchor(w, j0, j0 + count, x0, dx, anchors);
            tables(anchors, j0, count, ws);
            emit(a, c, j0, count, out, ws);
        }
    }

    /**
     * Adds sum_{j in [from, to)} [a_j cos(w_j x_i) + c_j sin(w_j x_i)] (no 1/sqrt(m)) into the
     * output rows out[p][q], padding included, using the anchors of the current w. Modifies out, ws.
     */
    public static void addOutputs(double[] a, double[] c, double[] anchors, int from, int to, double[][] out,
            Workspace ws) {
        for (int j0 = from; j0 < to; j0 += GROUP) {
            int count = Math.min(GROUP, to - j0);
            tables(anchors, j0, count, ws);
            emit(a, c, j0, count, out, ws);
        }
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
     * Fills V_kq = e^{i w_k q dx} and U_kp = e^{i w_k (x0 + p B dx)} for the group's neurons from
     * their anchors (w = 0 past count).
     */
    private static void tables(double[] anchors, int j0, int count, Workspace ws) {
        double[] e = ws.step;
        double[] u = ws.start;
        double[] one = ws.one;
        for (int k = 0; k < GROUP; k++) {
            boolean real = k < count;
            int o = ANCHORS * (j0 + k);
            e[2 * k] = real ? anchors[o] : 1;
            e[2 * k + 1] = real ? anchors[o + 1] : 0;
            u[2 * k] = real ? anchors[o + 2] : 1;
            u[2 * k + 1] = real ? anchors[o + 3] : 0;
            one[2 * k] = 1;
            one[2 * k + 1] = 0;
        }
        powers(ws.vr, ws.vi, BLOCK, one, e);
        for (int k = 0; k < GROUP; k++) {
            double vr = ws.vr[k][BLOCK - 1];
            double vi = ws.vi[k][BLOCK - 1];
            double er = e[2 * k];
            double ei = e[2 * k + 1];
            e[2 * k] = vr * er - vi * ei;
            e[2 * k + 1] = vi * er + vr * ei;
        }
        powers(ws.ur, ws.ui, ws.rows, u, e);
    }

    /**
     * re[k][t] + i im[k][t] = start_k * step_k^t for t &lt; len and k &lt; GROUP (complex numbers
     * stored as re, im pairs). The GROUP recurrences run interleaved in locals so that their
     * latencies overlap. Modifies re and im only.
     */
    private static void powers(double[][] re, double[][] im, int len, double[] start, double[] step) {
        double[] re0 = re[0], re1 = re[1], re2 = re[2], re3 = re[3];
        double[] im0 = im[0], im1 = im[1], im2 = im[2], im3 = im[3];
        double s0r = step[0], s0i = step[1], s1r = step[2], s1i = step[3];
        double s2r = step[4], s2i = step[5], s3r = step[6], s3i = step[7];
        double p0r = start[0], p0i = start[1], p1r = start[2], p1i = start[3];
        double p2r = start[4], p2i = start[5], p3r = start[6], p3i = start[7];
        for (int t = 0; t < len; t++) {
            re0[t] = p0r;
            im0[t] = p0i;
            re1[t] = p1r;
            im1[t] = p1i;
            re2[t] = p2r;
            im2[t] = p2i;
            re3[t] = p3r;
            im3[t] = p3i;
            double n0 = p0r * s0r - p0i * s0i;
            double n1 = p1r * s1r - p1i * s1i;
            double n2 = p2r * s2r - p2i * s2i;
            double n3 = p3r * s3r - p3i * s3i;
            p0i = p0i * s0r + p0r * s0i;
            p1i = p1i * s1r + p1r * s1i;
            p2i = p2i * s2r + p2r * s2i;
            p3i = p3i * s3r + p3r * s3i;
            p0r = n0;
            p1r = n1;
            p2r = n2;
            p3r = n3;
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
            for (int p = 0; p < ws.rows; p++) {
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
