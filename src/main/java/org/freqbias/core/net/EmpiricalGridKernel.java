package org.freqbias.core.net;

import org.ejml.data.DMatrixRMaj;

/**
 * The empirical kernel of a 1D network ({@link EmpiricalKernel}) on a uniform grid
 * x_k = x_0 + k dx, in O(m N + N^2) instead of O(m N^2). With h_j(x) = -a_j sin(w_j x) + c_j cos(w_j x),
 * product-to-sum turns every term into a function of k - l or of k + l:
 *
 * <pre>
 *   Theta_kl = T(|k - l|) + x_k x_l [ U(|k - l|) + H(k + l) ]
 *   T(d) = (1/m) sum_j cos(w_j d dx)
 *   U(d) = (1/m) sum_j (a_j^2 + c_j^2)/2 cos(w_j d dx)
 *   H(s) = (1/m) sum_j [ (c_j^2 - a_j^2)/2 cos(w_j y_s) - a_j c_j sin(w_j y_s) ],  y_s = 2 x_0 + s dx
 * </pre>
 *
 * since cos cos + sin sin = cos of the difference, and h_j(x) h_j(y) = (a_j^2 + c_j^2)/2 cos(w_j (x - y))
 * + (c_j^2 - a_j^2)/2 cos(w_j (x + y)) - a_j c_j sin(w_j (x + y)). At N = 1024 and m = 4096 this is
 * about 12 M trigonometric calls instead of 4 G multiply-adds.
 */
public final class EmpiricalGridKernel {

    private EmpiricalGridKernel() {
    }

    /**
     * The N x N matrix Theta(x[k], x[l]) of {@code net} for a uniform grid {@code x} (not modified;
     * only x[0], x[1] and N are read).
     */
    public static DMatrixRMaj onUniformGrid(FourierFeatureNetwork net, double[] x) {
        if (net.dimension() != 1) {
            throw new IllegalArgumentException("the grid kernel is built for a 1D network, got a " + net.dimension() + "D one");
        }
        int n = x.length;
        double dx = n > 1 ? x[1] - x[0] : 0;
        double[] w = net.frequencies()[0];
        double[] a = net.cosineWeights();
        double[] c = net.sineWeights();
        int m = w.length;
        double[] t = new double[n];
        double[] u = new double[n];
        double[] h = new double[Math.max(0, 2 * n - 1)];
        for (int j = 0; j < m; j++) {
            double halfNorm = 0.5 * (a[j] * a[j] + c[j] * c[j]);
            double halfDiff = 0.5 * (c[j] * c[j] - a[j] * a[j]);
            double ac = a[j] * c[j];
            for (int d = 0; d < n; d++) {
                double cos = Math.cos(w[j] * d * dx);
                t[d] += cos;
                u[d] += halfNorm * cos;
            }
            for (int s = 0; s < h.length; s++) {
                double y = 2 * x[0] + s * dx;
                h[s] += halfDiff * Math.cos(w[j] * y) - ac * Math.sin(w[j] * y);
            }
        }
        DMatrixRMaj theta = new DMatrixRMaj(n, n);
        double[] data = theta.data;
        for (int k = 0; k < n; k++) {
            double xk = x[0] + k * dx;
            for (int l = 0; l < n; l++) {
                int d = Math.abs(k - l);
                double xl = x[0] + l * dx;
                data[k * n + l] = (t[d] + xk * xl * (u[d] + h[k + l])) / m;
            }
        }
        return theta;
    }
}
