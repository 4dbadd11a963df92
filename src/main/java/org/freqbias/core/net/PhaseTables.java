package org.freqbias.core.net;

import static org.freqbias.core.net.StepKernel.ANCHORS;
import static org.freqbias.core.net.StepKernel.BLOCK;
import static org.freqbias.core.net.StepKernel.GROUP;

import org.freqbias.core.net.StepKernel.Workspace;

/**
 * The per-group phase tables of {@link StepKernel}: e^{i w . x} on the grid as products of short
 * rotation recurrences started at the exact anchors, for GROUP neurons at a time.
 */
final class PhaseTables {

    private PhaseTables() {
    }

    /**
     * Fills, for the group's neurons (w = 0 past count), V_kq = e^{i w' q dx}, C_kb =
     * e^{i w' (x0 + b B dx)}, A_kl = e^{i w1 (x0 + l dx)} (2D; 1 in 1D) and U_k,lK+b = A_kl C_kb, from
     * their anchors (w' = the along-line component w_{d-1}).
     */
    static void fill(double[] anchors, int d, int j0, int count, Workspace ws) {
        double[] e = ws.step;
        double[] u = ws.start;
        double[] one = ws.one;
        load(anchors, d, d - 1, j0, count, e, u);
        for (int k = 0; k < GROUP; k++) {
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
        StepGrid grid = ws.grid;
        if (d == 1) {
            // One line and A = 1: U is the C table itself.
            powers(ws.ur, ws.ui, grid.rows(), u, e);
            return;
        }
        powers(ws.cr, ws.ci, grid.blocksPerLine(), u, e);
        load(anchors, d, 0, j0, count, e, u);
        powers(ws.ar, ws.ai, grid.lines(), u, e);
        int blocks = grid.blocksPerLine();
        for (int k = 0; k < GROUP; k++) {
            double[] ar = ws.ar[k], ai = ws.ai[k], cr = ws.cr[k], ci = ws.ci[k], ur = ws.ur[k], ui = ws.ui[k];
            for (int l = 0; l < ar.length; l++) {
                for (int b = 0; b < blocks; b++) {
                    ur[l * blocks + b] = ar[l] * cr[b] - ai[l] * ci[b];
                    ui[l * blocks + b] = ar[l] * ci[b] + ai[l] * cr[b];
                }
            }
        }
    }

    /**
     * step_k = e^{i w_e dx}, start_k = e^{i w_e x0} of component e for the group's neurons, from
     * their anchors (1 past count).
     */
    private static void load(double[] anchors, int d, int e, int j0, int count, double[] step, double[] start) {
        for (int k = 0; k < GROUP; k++) {
            boolean real = k < count;
            int o = ANCHORS * (d * (j0 + k) + e);
            step[2 * k] = real ? anchors[o] : 1;
            step[2 * k + 1] = real ? anchors[o + 1] : 0;
            start[2 * k] = real ? anchors[o + 2] : 1;
            start[2 * k + 1] = real ? anchors[o + 3] : 0;
        }
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

}
