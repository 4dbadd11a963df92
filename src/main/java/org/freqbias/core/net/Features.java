package org.freqbias.core.net;

/**
 * The plain formula of the Fourier-features network in any dimension d, shared by the networks,
 * {@link ReferenceStep} and {@link EmpiricalKernel}: frequencies as components w[k][j] (k &lt; d),
 * points as points[i][k], phase w_j . x_i = sum_k w[k][j] x_ik summed in k order.
 */
final class Features {

    private Features() {
    }

    /** w_j . x, summed in coordinate order (in 1D exactly w_j x). */
    static double phase(double[][] w, int j, double[] x) {
        double t = w[0][j] * x[0];
        for (int k = 1; k < w.length; k++) {
            t += w[k][j] * x[k];
        }
        return t;
    }

    /**
     * f(x_i) = (1/sqrt(m)) sum_j [a_j cos(w_j . x_i) + c_j sin(w_j . x_i)] with Math.cos / Math.sin,
     * neurons summed in index order, scaled at the end. Returns a fresh array; arguments unmodified.
     */
    static double[] evaluate(double[][] w, double[] a, double[] c, double[][] points) {
        double[] f = new double[points.length];
        double scale = 1 / Math.sqrt(a.length);
        for (int i = 0; i < points.length; i++) {
            double sum = 0;
            for (int j = 0; j < a.length; j++) {
                double t = phase(w, j, points[i]);
                sum += a[j] * Math.cos(t) + c[j] * Math.sin(t);
            }
            f[i] = scale * sum;
        }
        return f;
    }
}
