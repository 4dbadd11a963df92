package org.freqbias.core.deep;

import org.freqbias.core.grid.Domain;

/**
 * {@link FourierFeatures} on the grid of a {@link Domain} without a sine or cosine per entry.
 *
 * <p>Along each axis a the coordinates are x0 + k dx, k &lt; N. Write k = p B + q with q &lt; B
 * (B, the block, a power of two near sqrt(N)); then
 * <pre>
 *   e^{i w_a (x0 + k dx)} = C_p V_q,   C_p = e^{i w_a (x0 + p B dx)},   V_q = e^{i w_a q dx},
 * </pre>
 * and a point's e^{i w . x} is the product of its d axis factors. Per frequency, V and C come from
 * rotation recurrences started at exact values (cos and sin of w_a dx, w_a B dx and w_a x0), so
 * every table entry is at most B + N/B complex products away from an exact value: an error of
 * about (B + N/B) ulp (64 ulp, 1e-14, at N = 1024), against 2 d m trig calls per point otherwise.
 * The recurrences and products run across the m frequencies, in loops C2 vectorizes.
 * Points are in {@link Domain#points()} order (row-major, the last axis fastest).
 */
final class GridFeatures implements FourierFeatures {

    private final int dimension;
    private final int samples;
    private final int block;
    private final double[] axis;
    private final double x0;
    private final double dx;
    private final double[] frequencies;
    /** Per axis: V_q (q &lt; B) and C_p (p &lt; N / B), real and imaginary rows over the m frequencies. */
    private final double[][][] rotationRe;
    private final double[][][] rotationIm;
    private final double[][][] blockRe;
    private final double[][][] blockIm;
    /** e^{i w dx} and e^{i w B dx} of one axis, reused while loading. */
    private final double[][] stepScratch;

    GridFeatures(ParameterLayout layout, Domain domain) {
        if (layout.dimension() != domain.dimension()) {
            throw new IllegalArgumentException("the network takes " + layout.dimension() + "D inputs but the domain is "
                    + domain.dimension() + "D");
        }
        dimension = domain.dimension();
        samples = domain.samples();
        axis = domain.axis();
        x0 = -domain.halfWidth();
        dx = domain.spacing();
        block = Integer.highestOneBit((int) Math.ceil(Math.sqrt(samples)));
        int m = layout.features();
        frequencies = new double[m * dimension];
        int blocks = samples / block;
        rotationRe = new double[dimension][block][m];
        rotationIm = new double[dimension][block][m];
        blockRe = new double[dimension][blocks][m];
        blockIm = new double[dimension][blocks][m];
        stepScratch = new double[4][m];
    }

    @Override
    public int points() {
        int n = 1;
        for (int a = 0; a < dimension; a++) {
            n *= samples;
        }
        return n;
    }

    @Override
    public double coordinate(int point, int axisIndex) {
        return axis[index(point, axisIndex)];
    }

    /** k_a of point i: its index along axis a (row-major, the last axis fastest). */
    private int index(int point, int axisIndex) {
        int k = point;
        for (int a = dimension - 1; a > axisIndex; a--) {
            k /= samples;
        }
        return k % samples;
    }

    @Override
    public void load(double[] params) {
        System.arraycopy(params, 0, frequencies, 0, frequencies.length);
        double[] stepRe = stepScratch[0], stepIm = stepScratch[1], jumpRe = stepScratch[2], jumpIm = stepScratch[3];
        int m = stepRe.length;
        for (int a = 0; a < dimension; a++) {
            double[][] vr = rotationRe[a], vi = rotationIm[a], cr = blockRe[a], ci = blockIm[a];
            for (int j = 0; j < m; j++) {
                double w = frequencies[j * dimension + a];
                stepRe[j] = Math.cos(w * dx);
                stepIm[j] = Math.sin(w * dx);
                jumpRe[j] = Math.cos(w * (block * dx));
                jumpIm[j] = Math.sin(w * (block * dx));
                vr[0][j] = 1;
                vi[0][j] = 0;
                cr[0][j] = Math.cos(w * x0);
                ci[0][j] = Math.sin(w * x0);
            }
            for (int q = 1; q < block; q++) {
                product(vr[q - 1], vi[q - 1], stepRe, stepIm, vr[q], vi[q]);
            }
            for (int p = 1; p < cr.length; p++) {
                product(cr[p - 1], ci[p - 1], jumpRe, jumpIm, cr[p], ci[p]);
            }
        }
    }

    @Override
    public int scratchRows() {
        return 6;
    }

    @Override
    public void fill(int first, int count, double[][] z, double[][] scratch) {
        double[] re = scratch[0], im = scratch[1], fr = scratch[2], fi = scratch[3], tr = scratch[4], ti = scratch[5];
        int m = re.length;
        for (int r = 0; r < count; r++) {
            int point = first + r;
            factor(0, index(point, 0), re, im);
            for (int a = 1; a < dimension; a++) {
                factor(a, index(point, a), fr, fi);
                product(re, im, fr, fi, tr, ti);
                double[] t = re;
                re = tr;
                tr = t;
                t = im;
                im = ti;
                ti = t;
            }
            System.arraycopy(re, 0, z[r], 0, m);
            System.arraycopy(im, 0, z[r], m, m);
        }
    }

    /** (re, im) = e^{i w_a (x0 + k dx)} over the m frequencies. Modifies re and im only. */
    private void factor(int a, int k, double[] re, double[] im) {
        int p = k / block;
        int q = k % block;
        product(blockRe[a][p], blockIm[a][p], rotationRe[a][q], rotationIm[a][q], re, im);
    }

    /**
     * (outRe + i outIm)[j] = (ar + i ai)[j] (br + i bi)[j] for j &lt; outRe.length. Only outRe and
     * outIm are modified; they must not alias the inputs.
     */
    private static void product(double[] ar, double[] ai, double[] br, double[] bi, double[] outRe, double[] outIm) {
        for (int j = 0; j < outRe.length; j++) {
            outRe[j] = ar[j] * br[j] - ai[j] * bi[j];
        }
        for (int j = 0; j < outIm.length; j++) {
            outIm[j] = ar[j] * bi[j] + ai[j] * br[j];
        }
    }
}
