package org.freqbias.core.deep;

import java.util.Arrays;

/**
 * Forward and backward passes of the raw network net(x) (no zero-output offset) over a fixed set
 * of points, reusing its buffers. Layout and formulas: {@link ParameterLayout}. Not thread-safe.
 */
final class Backprop {

    private final ParameterLayout layout;
    private final Activation activation;
    private final double[] points;
    private final int n;
    /** inputs[l]: the input of dense layer l, n x n_l row-major; inputs[0] holds [cos | sin]. */
    private final double[][] inputs;
    /** derivatives[l]: sigma'(pre-activation) of hidden layer l + 1, n x n_{l+1}. */
    private final double[][] derivatives;
    private double[] delta;
    private double[] spare;
    private final double[] transposed;

    /**
     * @param points n points in R^d, point i at points[i d .. i d + d - 1]; kept by reference and
     *               never modified
     */
    Backprop(ParameterLayout layout, Activation activation, double[] points) {
        this.n = pointCount(layout, points);
        this.layout = layout;
        this.activation = activation;
        this.points = points;
        int layers = layout.denseLayers();
        inputs = new double[layers][];
        derivatives = new double[layers - 1][];
        int widest = 1;
        int largestWeights = 1;
        for (int l = 0; l < layers; l++) {
            inputs[l] = new double[n * layout.inputWidth(l)];
            if (l > 0) {
                derivatives[l - 1] = new double[n * layout.inputWidth(l)];
            }
            widest = Math.max(widest, layout.inputWidth(l));
            largestWeights = Math.max(largestWeights, layout.inputWidth(l) * layout.outputWidth(l));
        }
        delta = new double[n * widest];
        spare = new double[n * widest];
        transposed = new double[largestWeights];
    }

    /** n for a flat array of d-vectors; rejects a length that is not a multiple of d. */
    static int pointCount(ParameterLayout layout, double[] points) {
        int d = layout.dimension();
        if (points.length % d != 0) {
            throw new IllegalArgumentException("points must hold n * d = n * " + d + " values, got " + points.length);
        }
        return points.length / d;
    }

    /** Writes net(x_i) into out[i] for the n points and keeps the activations for {@link #backward}. */
    void forward(double[] params, double[] out) {
        fourierFeatures(params);
        int last = layout.denseLayers() - 1;
        for (int l = 0; l < last; l++) {
            int in = layout.inputWidth(l);
            int width = layout.outputWidth(l);
            double[] pre = inputs[l + 1];
            int bias = layout.biasOffset(l);
            for (int i = 0; i < n; i++) {
                System.arraycopy(params, bias, pre, i * width, width);
            }
            DenseKernels.multiplyAdd(inputs[l], params, layout.weightOffset(l), pre, n, in, width, layout.scale(l));
            activation.apply(pre, pre, derivatives[l], n * width);
        }
        Arrays.fill(out, 0, n, 0.0);
        DenseKernels.multiplyAdd(inputs[last], params, layout.weightOffset(last), out, n, layout.inputWidth(last), 1,
                layout.scale(last));
    }

    /**
     * Overwrites {@code grad} with d/dtheta sum_i weights[i] net(x_i) at the parameters of the last
     * {@link #forward} call (which must have used the same {@code params}). With weights = dL/df
     * this is the gradient of the loss. Only {@code grad} is modified.
     */
    void backward(double[] params, double[] weights, double[] grad) {
        Arrays.fill(grad, 0.0);
        System.arraycopy(weights, 0, delta, 0, n);
        int last = layout.denseLayers() - 1;
        for (int l = last; l >= 0; l--) {
            int in = layout.inputWidth(l);
            int width = layout.outputWidth(l);
            double scale = layout.scale(l);
            DenseKernels.transposeMultiplyAdd(inputs[l], delta, grad, layout.weightOffset(l), n, in, width, scale);
            if (l < last) {
                addColumnSums(delta, width, grad, layout.biasOffset(l));
            }
            // Gradient with respect to this layer's input: delta (n x width) times W (width x in).
            DenseKernels.transpose(params, layout.weightOffset(l), in, width, transposed);
            Arrays.fill(spare, 0, n * in, 0.0);
            DenseKernels.multiplyAdd(delta, transposed, 0, spare, n, width, in, scale);
            if (l > 0) {
                double[] derivative = derivatives[l - 1];
                for (int q = 0; q < n * in; q++) {
                    spare[q] *= derivative[q];
                }
            }
            double[] t = delta;
            delta = spare;
            spare = t;
        }
        frequencyGradient(grad);
    }

    /** inputs[0][i] = [cos(w_j . x_i) for j < m, sin(w_j . x_i) for j < m]. */
    private void fourierFeatures(double[] params) {
        int d = layout.dimension();
        int m = layout.features();
        double[] z = inputs[0];
        for (int i = 0; i < n; i++) {
            int row = 2 * m * i;
            for (int j = 0; j < m; j++) {
                double theta = 0;
                for (int a = 0; a < d; a++) {
                    theta += params[j * d + a] * points[i * d + a];
                }
                z[row + j] = Math.cos(theta);
                z[row + m + j] = Math.sin(theta);
            }
        }
    }

    /**
     * With delta = dOut/dz_0 (n x 2m): dOut/dw_j[a] = sum_i x_i[a] (cos_ij G_i,m+j - sin_ij G_ij),
     * since d cos(theta)/d theta = -sin(theta) and d sin(theta)/d theta = cos(theta).
     */
    private void frequencyGradient(double[] grad) {
        int d = layout.dimension();
        int m = layout.features();
        double[] z = inputs[0];
        for (int i = 0; i < n; i++) {
            int row = 2 * m * i;
            for (int j = 0; j < m; j++) {
                double t = z[row + j] * delta[row + m + j] - z[row + m + j] * delta[row + j];
                for (int a = 0; a < d; a++) {
                    grad[j * d + a] += points[i * d + a] * t;
                }
            }
        }
    }

    /** grad[offset + o] += sum_i delta[i width + o]. */
    private void addColumnSums(double[] delta, int width, double[] grad, int offset) {
        for (int i = 0; i < n; i++) {
            int row = i * width;
            for (int o = 0; o < width; o++) {
                grad[offset + o] += delta[row + o];
            }
        }
    }
}
