package org.freqbias.core.deep;

/**
 * The plain implementation the fast path is checked against: the formulas of
 * {@link DeepNetworkSpec} evaluated point by point with scalar loops, {@link Math#cos} and
 * {@link Math#sin} for every feature and {@link Math#tanh} (or the activation's own scalar value),
 * no blocking, no tables, no threads. Test-only and slow.
 */
final class ReferenceNetwork {

    private final ParameterLayout layout;
    private final Activation activation;
    private final double[] points;
    private final int n;

    /** @param points n points in R^d, point i at points[i d ..] */
    ReferenceNetwork(DeepNetworkSpec spec, double[] points) {
        this.layout = new ParameterLayout(spec);
        this.activation = spec.activation();
        this.points = points;
        this.n = points.length / spec.dimension();
    }

    /** net_theta(x_i) for every point. */
    double[] forward(double[] theta) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double[][] h = activations(theta, i);
            out[i] = h[h.length - 1][0];
        }
        return out;
    }

    /** d/dtheta sum_i weights[i] net_theta(x_i), by the chain rule point by point. */
    double[] gradient(double[] theta, double[] weights) {
        double[] grad = new double[layout.size()];
        int last = layout.denseLayers() - 1;
        int m = layout.features();
        int d = layout.dimension();
        for (int i = 0; i < n; i++) {
            double[][] h = activations(theta, i);
            // g = d(weights[i] net(x_i)) / d(output of layer l), walking down from the output.
            double[] g = {weights[i]};
            for (int l = last; l >= 0; l--) {
                int in = layout.inputWidth(l);
                int out = layout.outputWidth(l);
                double s = layout.scale(l);
                double[] delta = g.clone();
                if (l < last) {
                    for (int o = 0; o < out; o++) {
                        delta[o] *= derivative(preActivation(theta, h[l], l, o));
                        grad[layout.biasOffset(l) + o] += delta[o];
                    }
                }
                double[] below = new double[in];
                for (int j = 0; j < in; j++) {
                    for (int o = 0; o < out; o++) {
                        grad[layout.weightOffset(l) + j * out + o] += s * h[l][j] * delta[o];
                        below[j] += s * theta[layout.weightOffset(l) + j * out + o] * delta[o];
                    }
                }
                g = below;
            }
            for (int j = 0; j < m; j++) {
                double theta0 = phase(theta, i, j);
                double dPhase = -Math.sin(theta0) * g[j] + Math.cos(theta0) * g[m + j];
                for (int a = 0; a < d; a++) {
                    grad[j * d + a] += points[i * d + a] * dPhase;
                }
            }
        }
        return grad;
    }

    /** h[l] = the input of dense layer l at point i (h[0] the Fourier block), h[k + 1] = {net}. */
    private double[][] activations(double[] theta, int i) {
        int layers = layout.denseLayers();
        int m = layout.features();
        double[][] h = new double[layers + 1][];
        h[0] = new double[2 * m];
        for (int j = 0; j < m; j++) {
            h[0][j] = Math.cos(phase(theta, i, j));
            h[0][m + j] = Math.sin(phase(theta, i, j));
        }
        for (int l = 0; l < layers; l++) {
            int out = layout.outputWidth(l);
            h[l + 1] = new double[out];
            for (int o = 0; o < out; o++) {
                double pre = preActivation(theta, h[l], l, o);
                h[l + 1][o] = l < layers - 1 ? value(pre) : pre;
            }
        }
        return h;
    }

    /** b_l[o] + s_l sum_j h[j] W_l[j][o] (no bias on the output layer). */
    private double preActivation(double[] theta, double[] h, int l, int o) {
        int out = layout.outputWidth(l);
        double sum = 0;
        for (int j = 0; j < layout.inputWidth(l); j++) {
            sum += h[j] * theta[layout.weightOffset(l) + j * out + o];
        }
        double bias = l < layout.denseLayers() - 1 ? theta[layout.biasOffset(l) + o] : 0;
        return bias + layout.scale(l) * sum;
    }

    private double phase(double[] theta, int i, int j) {
        int d = layout.dimension();
        double sum = 0;
        for (int a = 0; a < d; a++) {
            sum += theta[j * d + a] * points[i * d + a];
        }
        return sum;
    }

    private double value(double z) {
        return activation == Activation.TANH ? Math.tanh(z) : activation.value(z);
    }

    private double derivative(double z) {
        if (activation == Activation.TANH) {
            double t = Math.tanh(z);
            return 1 - t * t;
        }
        return activation.derivative(z);
    }
}
