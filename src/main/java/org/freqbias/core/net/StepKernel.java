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
 * <p>No trigonometric call per sample: the padded grid index is split as i = p B + q
 * ({@link #BLOCK} = B), so e^{i w x_i} = U_p V_q with U_p = e^{i w (x0 + p B dx)} and
 * V_q = e^{i w q dx}. Both short tables come from rotation recurrences started at exact anchors
 * (Math.cos/sin of w dx and w x0), so each entry is at most B + P complex products from an exact
 * value (drift ~ (B + P) ulp). The sums then factor as R = sum_q V_q (sum_p r_{pq} U_p), a loop
 * over q with no carried dependence that the JIT vectorizes; the output f_pq = sum_j Re(Z_jp V_jq)
 * with Z_jp = (a_j - i c_j) U_jp is the same shape. Neurons go in groups of {@link #GROUP} so that
 * the table recurrences of a group pipeline and the output loop reads and writes f once per group.
 */
public final class StepKernel {

    /** Samples per block (B): the length of the vectorized inner loops. */
    public static final int BLOCK = 64;
    /** Blocks handled per pass of the correlation loop. */
    static final int ROWS = 4;
    /** Neurons per group. Groups start at multiples of GROUP, so a zero-output pair (2k, 2k+1) shares one. */
    public static final int GROUP = 4;

    private StepKernel() {
    }

    /** Length of the padded grid arrays for n samples: n rounded up to a multiple of BLOCK * ROWS. */
    public static int paddedLength(int n) {
        int unit = BLOCK * ROWS;
        return (n + unit - 1) / unit * unit;
    }

    /** Per-thread scratch tables for a padded grid of a given length. Not shared between threads. */
    public static final class Workspace {
        final int rows;
        final double[] vr = new double[GROUP * BLOCK];
        final double[] vi = new double[GROUP * BLOCK];
        final double[] ur;
        final double[] ui;
        final double[] rr = new double[BLOCK];
        final double[] ri = new double[BLOCK];
        final double[] xr = new double[BLOCK];
        final double[] xi = new double[BLOCK];
        final double[] sums = new double[4];
        final double[] er = new double[GROUP];
        final double[] ei = new double[GROUP];

        /** Scratch for arrays of length {@code paddedLength} (a value of {@link #paddedLength}). */
        public Workspace(int paddedLength) {
            if (paddedLength <= 0 || paddedLength % (BLOCK * ROWS) != 0) {
                throw new IllegalArgumentException("paddedLength must be a positive multiple of "
                        + BLOCK * ROWS + " (use StepKernel.paddedLength(n)), got " + paddedLength);
            }
            rows = paddedLength / BLOCK;
            ur = new double[GROUP * rows];
            ui = new double[GROUP * rows];
        }
    }

    /**
     * Writes r[i] = f[i] - g[i] and rx[i] = x_i r[i] with x_i = x0 + i dx for i &lt; n, and zero on
     * the padding i &gt;= n. Returns the loss 1/2 sum_{i&lt;n} r_i^2 dx. Modifies only r and rx.
     */
    public static double residual(double[] f, double[] g, int n, double x0, double dx, double[] r, double[] rx) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ri = f[i] - g[i];
            r[i] = ri;
            rx[i] = (x0 + i * dx) * ri;
            sum += ri * ri;
        }
        Arrays.fill(r, n, r.length, 0);
        Arrays.fill(rx, n, rx.length, 0);
        return 0.5 * sum * dx;
    }

    /**
     * One gradient-descent step for neurons j in [from, to), fused with their output at the new
     * parameters. Reads the residual r and rx (from {@link #residual}); sets, for those j,
     * w_j -= eta dL/dw_j, a_j -= eta dL/da_j, c_j -= eta dL/dc_j (gradients at the old parameters,
     * with s = gradScale = dx / sqrt(m)); then adds sum_j [a_j cos(w_j x_i) + c_j sin(w_j x_i)]
     * (new parameters, no 1/sqrt(m)) into out[i] for every padded i. Modifies w, a, c, out, ws.
     */
    public static void stepNeurons(double[] w, double[] a, double[] c, int from, int to, double x0, double dx,
            double gradScale, double eta, double[] r, double[] rx, double[] out, Workspace ws) {
        for (int j0 = from; j0 < to; j0 += GROUP) {
            int count = Math.min(GROUP, to - j0);
            tables(w, j0, count, x0, dx, ws);
            for (int k = 0; k < count; k++) {
                int j = j0 + k;
                correlate(k, r, rx, ws);
                double[] s = ws.sums;
                double ga = gradScale * s[0];
                double gc = gradScale * s[1];
                double gw = gradScale * (c[j] * s[2] - a[j] * s[3]);
                w[j] -= eta * gw;
                a[j] -= eta * ga;
                c[j] -= eta * gc;
            }
            tables(w, j0, count, x0, dx, ws);
            emit(a, c, j0, count, out, ws);
        }
    }

    /**
     * Adds sum_{j in [from, to)} [a_j cos(w_j x_i) + c_j sin(w_j x_i)] (no 1/sqrt(m)) into out[i]
     * for every padded i. Modifies out and ws only.
     */
    public static void addOutputs(double[] w, double[] a, double[] c, int from, int to, double x0, double dx,
            double[] out, Workspace ws) {
        for (int j0 = from; j0 < to; j0 += GROUP) {
            int count = Math.min(GROUP, to - j0);
            tables(w, j0, count, x0, dx, ws);
            emit(a, c, j0, count, out, ws);
        }
    }

    /** Fills V_kq = e^{i w_k q dx} and U_kp = e^{i w_k (x0 + p B dx)} for the group's neurons (0 past count). */
    private static void tables(double[] w, int j0, int count, double x0, double dx, Workspace ws) {
        final int b = BLOCK;
        final int rows = ws.rows;
        double[] vr = ws.vr;
        double[] vi = ws.vi;
        double[] ur = ws.ur;
        double[] ui = ws.ui;
        double[] er = ws.er;
        double[] ei = ws.ei;
        for (int k = 0; k < GROUP; k++) {
            double wk = k < count ? w[j0 + k] : 0;
            er[k] = Math.cos(wk * dx);
            ei[k] = Math.sin(wk * dx);
            vr[k * b] = 1;
            vi[k * b] = 0;
            ur[k * rows] = Math.cos(wk * x0);
            ui[k * rows] = Math.sin(wk * x0);
        }
        // q outer, k inner: the GROUP recurrences are independent, so their latencies overlap.
        for (int q = 1; q < b; q++) {
            for (int k = 0; k < GROUP; k++) {
                int t = k * b + q;
                double pr = vr[t - 1];
                double pi = vi[t - 1];
                vr[t] = pr * er[k] - pi * ei[k];
                vi[t] = pi * er[k] + pr * ei[k];
            }
        }
        for (int k = 0; k < GROUP; k++) {
            int last = k * b + b - 1;
            double br = vr[last] * er[k] - vi[last] * ei[k];
            double bi = vi[last] * er[k] + vr[last] * ei[k];
            er[k] = br;
            ei[k] = bi;
        }
        for (int p = 1; p < rows; p++) {
            for (int k = 0; k < GROUP; k++) {
                int t = k * rows + p;
                double pr = ur[t - 1];
                double pi = ui[t - 1];
                ur[t] = pr * er[k] - pi * ei[k];
                ui[t] = pi * er[k] + pr * ei[k];
            }
        }
    }

    /** ws.sums = (Re R, Im R, Re X, Im X) for neuron k of the current group. */
    private static void correlate(int k, double[] r, double[] rx, Workspace ws) {
        final int b = BLOCK;
        double[] accRr = ws.rr;
        double[] accRi = ws.ri;
        double[] accXr = ws.xr;
        double[] accXi = ws.xi;
        Arrays.fill(accRr, 0);
        Arrays.fill(accRi, 0);
        Arrays.fill(accXr, 0);
        Arrays.fill(accXi, 0);
        double[] ur = ws.ur;
        double[] ui = ws.ui;
        int uo = k * ws.rows;
        for (int p = 0; p < ws.rows; p += ROWS) {
            double u0r = ur[uo + p], u1r = ur[uo + p + 1], u2r = ur[uo + p + 2], u3r = ur[uo + p + 3];
            double u0i = ui[uo + p], u1i = ui[uo + p + 1], u2i = ui[uo + p + 2], u3i = ui[uo + p + 3];
            int b0 = p * b;
            int b1 = b0 + b;
            int b2 = b1 + b;
            int b3 = b2 + b;
            for (int q = 0; q < b; q++) {
                double r0 = r[b0 + q], r1 = r[b1 + q], r2 = r[b2 + q], r3 = r[b3 + q];
                double x0 = rx[b0 + q], x1 = rx[b1 + q], x2 = rx[b2 + q], x3 = rx[b3 + q];
                accRr[q] += (r0 * u0r + r1 * u1r) + (r2 * u2r + r3 * u3r);
                accRi[q] += (r0 * u0i + r1 * u1i) + (r2 * u2i + r3 * u3i);
                accXr[q] += (x0 * u0r + x1 * u1r) + (x2 * u2r + x3 * u3r);
                accXi[q] += (x0 * u0i + x1 * u1i) + (x2 * u2i + x3 * u3i);
            }
        }
        double[] vr = ws.vr;
        double[] vi = ws.vi;
        int vo = k * b;
        double sr = 0, si = 0, tr = 0, ti = 0;
        for (int q = 0; q < b; q++) {
            double cr = vr[vo + q];
            double ci = vi[vo + q];
            sr += accRr[q] * cr - accRi[q] * ci;
            si += accRr[q] * ci + accRi[q] * cr;
            tr += accXr[q] * cr - accXi[q] * ci;
            ti += accXr[q] * ci + accXi[q] * cr;
        }
        double[] s = ws.sums;
        s[0] = sr;
        s[1] = si;
        s[2] = tr;
        s[3] = ti;
    }

    /** out[pB + q] += sum_k Re((a_k - i c_k) U_kp V_kq) over the group; pairs (k, k+1) are added first. */
    private static void emit(double[] a, double[] c, int j0, int count, double[] out, Workspace ws) {
        final int b = BLOCK;
        final int rows = ws.rows;
        double[] ur = ws.ur;
        double[] ui = ws.ui;
        double[] vr = ws.vr;
        double[] vi = ws.vi;
        double a0 = a[j0], c0 = c[j0];
        double a1 = count > 1 ? a[j0 + 1] : 0, c1 = count > 1 ? c[j0 + 1] : 0;
        double a2 = count > 2 ? a[j0 + 2] : 0, c2 = count > 2 ? c[j0 + 2] : 0;
        double a3 = count > 3 ? a[j0 + 3] : 0, c3 = count > 3 ? c[j0 + 3] : 0;
        for (int p = 0; p < rows; p++) {
            double z0r = a0 * ur[p] + c0 * ui[p], z0i = a0 * ui[p] - c0 * ur[p];
            double z1r = a1 * ur[rows + p] + c1 * ui[rows + p], z1i = a1 * ui[rows + p] - c1 * ur[rows + p];
            double z2r = a2 * ur[2 * rows + p] + c2 * ui[2 * rows + p];
            double z2i = a2 * ui[2 * rows + p] - c2 * ur[2 * rows + p];
            double z3r = a3 * ur[3 * rows + p] + c3 * ui[3 * rows + p];
            double z3i = a3 * ui[3 * rows + p] - c3 * ur[3 * rows + p];
            int base = p * b;
            for (int q = 0; q < b; q++) {
                double t0 = z0r * vr[q] - z0i * vi[q];
                double t1 = z1r * vr[b + q] - z1i * vi[b + q];
                double t2 = z2r * vr[2 * b + q] - z2i * vi[2 * b + q];
                double t3 = z3r * vr[3 * b + q] - z3i * vi[3 * b + q];
                out[base + q] += (t0 + t1) + (t2 + t3);
            }
        }
    }
}
