package org.freqbias.core.deep;

import java.util.Arrays;

/**
 * The forward and backward passes of the raw network net(x) over one part of the points (a fixed
 * range of consecutive points), chunk by chunk, in buffers of its own; the part's gradient stays
 * in {@link #gradient} until {@link ParallelPass} adds the parts up. With dense layers l = 0..k (layout in
 * {@link ParameterLayout}, s_l its NTK factor, h_0 = z_0 the Fourier block):
 * <pre>
 *   forward:  h_{l+1} = sigma(b_l + s_l h_l W_l),  net = s_k h_k . v
 *   backward, e_i = dLoss/dnet(x_i):  g_k = e s_k v^T, and for l = k-1 .. 0:
 *     delta = g_{l+1} * sigma'(pre_{l+1}),  dW_l += s_l h_l^T delta,  db_l += sum_i delta_i,
 *     g_l = s_l delta W_l^T;   dv += s_k sum_i e_i h_k[i];
 *   dw_j[a] += sum_i x_i[a] (cos(w_j . x_i) g_0[i][m + j] - sin(w_j . x_i) g_0[i][j])
 * </pre>
 * (g_l = dLoss/dh_l; the last line because d cos = -sin d theta and d sin = cos d theta). Each
 * chunk's features are computed once and serve the forward product, dW_0 and dw.
 */
final class PartPass {

    private final ParameterLayout layout;
    private final Activation activation;
    private final FourierFeatures features;
    private final int from;
    private final int to;
    /** h[l][r]: the input of dense layer l at point r of the chunk (h[0]: the Fourier block). */
    private final double[][][] h;
    /** slope[l][r]: sigma' at the pre-activation of hidden layer l (l &gt;= 1). */
    private final double[][][] slope;
    /** g[l][r] = dLoss/dh_l at point r of the chunk, overwritten in place by delta. */
    private final double[][][] g;
    private final double[][] scratch;
    private final double[] weightOfPoint;
    private final double[] ones;
    private final double[] twist;
    /** Gradient sums over the chunks: frequencies per axis, dW_l^T as n_{l+1} rows of n_l, b_l, v. */
    private final double[][] frequencyGradient;
    private final double[][][] weightGradient;
    private final double[][] biasGradient;
    private final double[] outputGradient;
    /** The part's gradient at the last {@link #lossGradient}, in {@link ParameterLayout} order. */
    final double[] gradient;
    /** sum of r_i^2 over the part's points at the last {@link #lossGradient}. */
    double squaredResiduals;

    /** A part over the points [from, to) of {@code features}, in chunks of {@code chunk} points. */
    PartPass(ParameterLayout layout, Activation activation, FourierFeatures features, int from, int to, int chunk) {
        this.layout = layout;
        this.activation = activation;
        this.features = features;
        this.from = from;
        this.to = to;
        int rows = Math.max(1, Math.min(chunk, to - from));
        int layers = layout.denseLayers();
        h = new double[layers][][];
        slope = new double[layers][][];
        g = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            h[l] = new double[rows][layout.inputWidth(l)];
            g[l] = new double[rows][layout.inputWidth(l)];
            if (l > 0) {
                slope[l] = new double[rows][layout.inputWidth(l)];
            }
        }
        int m = layout.features();
        scratch = new double[features.scratchRows()][m];
        weightOfPoint = new double[rows];
        ones = new double[rows];
        Arrays.fill(ones, 1.0);
        twist = new double[m];
        frequencyGradient = new double[layout.dimension()][m];
        weightGradient = new double[layers - 1][][];
        biasGradient = new double[layers - 1][];
        for (int l = 0; l < layers - 1; l++) {
            weightGradient[l] = new double[layout.outputWidth(l)][layout.inputWidth(l)];
            biasGradient[l] = new double[layout.outputWidth(l)];
        }
        outputGradient = new double[layout.inputWidth(layers - 1)];
        gradient = new double[layout.size()];
    }

    /** Writes net(x_i) into out[i] for the part's points; modifies out[from .. to) and the buffers. */
    void forward(WeightRows weights, double[] out) {
        for (int first = from; first < to; first += h[0].length) {
            forwardChunk(weights, first, Math.min(h[0].length, to - first), out);
        }
    }

    /**
     * For each of the part's points, with r_i = net(x_i) - offset[i]: writes net(x_i) into out[i];
     * sets {@link #squaredResiduals} to sum r_i^2 and {@link #gradient} to the gradient of
     * 1/2 sum r_i^2 cell (dLoss/dnet_i = r_i cell) over the part's points.
     */
    void lossGradient(WeightRows weights, double[] offset, double cell, double[] out) {
        clearSums();
        for (int first = from; first < to; first += h[0].length) {
            int count = Math.min(h[0].length, to - first);
            forwardChunk(weights, first, count, out);
            for (int r = 0; r < count; r++) {
                double residual = out[first + r] - offset[first + r];
                squaredResiduals += residual * residual;
                weightOfPoint[r] = residual * cell;
            }
            backwardChunk(weights, first, count);
        }
        flatten();
    }

    private void forwardChunk(WeightRows weights, int first, int count, double[] out) {
        features.fill(first, count, h[0], scratch);
        int last = layout.denseLayers() - 1;
        for (int l = 0; l < last; l++) {
            double[][] pre = h[l + 1];
            for (int r = 0; r < count; r++) {
                System.arraycopy(weights.bias[l], 0, pre[r], 0, pre[r].length);
            }
            RowKernels.multiplyAdd(h[l], weights.rows[l], pre, count, layout.scale(l));
            for (int r = 0; r < count; r++) {
                activation.apply(pre[r], pre[r], slope[l + 1][r], pre[r].length);
            }
        }
        double scale = layout.scale(last);
        for (int r = 0; r < count; r++) {
            out[first + r] = scale * RowKernels.dot(h[last][r], weights.output);
        }
    }

    /** Adds the chunk's gradient for the weights in {@link #weightOfPoint}; needs its forwardChunk. */
    private void backwardChunk(WeightRows weights, int first, int count) {
        int last = layout.denseLayers() - 1;
        double scale = layout.scale(last);
        RowKernels.addWeightedRows(outputGradient, h[last], weightOfPoint, count, scale);
        for (int r = 0; r < count; r++) {
            scaledCopy(weights.output, weightOfPoint[r] * scale, g[last][r]);
        }
        for (int l = last - 1; l >= 0; l--) {
            double[][] delta = g[l + 1];
            for (int r = 0; r < count; r++) {
                multiplyInPlace(delta[r], slope[l + 1][r]);
            }
            RowKernels.addWeightedRows(biasGradient[l], delta, ones, count, 1);
            RowKernels.transposeMultiplyAdd(delta, h[l], weightGradient[l], count, layout.scale(l));
            for (int r = 0; r < count; r++) {
                Arrays.fill(g[l][r], 0);
            }
            RowKernels.multiplyAdd(delta, weights.columns[l], g[l], count, layout.scale(l));
        }
        addFrequencyGradient(first, count);
    }

    /** dw_j[a] += x_i[a] (cos_ij g_0[i][m + j] - sin_ij g_0[i][j]) over the chunk. */
    private void addFrequencyGradient(int first, int count) {
        int m = twist.length;
        for (int r = 0; r < count; r++) {
            double[] z = h[0][r];
            double[] dz = g[0][r];
            for (int j = 0; j < m; j++) {
                twist[j] = z[j] * dz[m + j] - z[m + j] * dz[j];
            }
            for (int a = 0; a < frequencyGradient.length; a++) {
                RowKernels.addRow(frequencyGradient[a], twist, features.coordinate(first + r, a));
            }
        }
    }

    /** Writes the sums into {@link #gradient}, in layout order (dW_l transposed back to input-major). */
    private void flatten() {
        int d = layout.dimension();
        for (int a = 0; a < d; a++) {
            double[] row = frequencyGradient[a];
            for (int j = 0; j < row.length; j++) {
                gradient[j * d + a] = row[j];
            }
        }
        for (int l = 0; l < weightGradient.length; l++) {
            double[][] transposed = weightGradient[l];
            int offset = layout.weightOffset(l);
            int width = transposed.length;
            for (int o = 0; o < width; o++) {
                double[] column = transposed[o];
                for (int j = 0; j < column.length; j++) {
                    gradient[offset + j * width + o] = column[j];
                }
            }
            System.arraycopy(biasGradient[l], 0, gradient, layout.biasOffset(l), width);
        }
        System.arraycopy(outputGradient, 0, gradient, layout.weightOffset(weightGradient.length), outputGradient.length);
    }

    private void clearSums() {
        squaredResiduals = 0;
        for (double[] row : frequencyGradient) {
            Arrays.fill(row, 0);
        }
        for (double[][] block : weightGradient) {
            for (double[] row : block) {
                Arrays.fill(row, 0);
            }
        }
        for (double[] row : biasGradient) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(outputGradient, 0);
    }

    /** y[o] = s x[o]. */
    private static void scaledCopy(double[] x, double s, double[] y) {
        for (int o = 0; o < y.length; o++) {
            y[o] = s * x[o];
        }
    }

    /** y[o] *= x[o]. */
    private static void multiplyInPlace(double[] y, double[] x) {
        for (int o = 0; o < y.length; o++) {
            y[o] *= x[o];
        }
    }
}
