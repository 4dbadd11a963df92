package org.freqbias.core.net;

/**
 * The empirical neural tangent kernel of a finite network, the sum over all parameters of
 * df(x)/dtheta df(y)/dtheta:
 *
 * <pre>
 *   Theta(x, y) = (1/m) sum_j [ cos(w_j x) cos(w_j y) + sin(w_j x) sin(w_j y)
 *                               + x y (-a_j sin(w_j x) + c_j cos(w_j x)) (-a_j sin(w_j y) + c_j cos(w_j y)) ]
 * </pre>
 *
 * The first two terms come from a_j and c_j, the last from w_j. As m grows it tends to
 * (1 + sigma_a^2 x y) phi(x - y) with phi(z) = E[cos(w z)] (THEORY.md section 3).
 */
public final class EmpiricalKernel {

    private EmpiricalKernel() {
    }

    /** The n x n matrix Theta(xs[k], xs[l]) (fresh arrays; xs is not modified). */
    public static double[][] matrix(FourierFeatureNetwork net, double[] xs) {
        double[] w = net.frequencies();
        double[] a = net.cosineWeights();
        double[] c = net.sineWeights();
        int n = xs.length;
        double[][] theta = new double[n][n];
        double[] cos = new double[n];
        double[] sin = new double[n];
        double[] dw = new double[n];
        for (int j = 0; j < w.length; j++) {
            for (int k = 0; k < n; k++) {
                cos[k] = Math.cos(w[j] * xs[k]);
                sin[k] = Math.sin(w[j] * xs[k]);
                dw[k] = xs[k] * (-a[j] * sin[k] + c[j] * cos[k]);
            }
            for (int k = 0; k < n; k++) {
                for (int l = 0; l < n; l++) {
                    theta[k][l] += cos[k] * cos[l] + sin[k] * sin[l] + dw[k] * dw[l];
                }
            }
        }
        for (double[] row : theta) {
            for (int l = 0; l < n; l++) {
                row[l] /= w.length;
            }
        }
        return theta;
    }
}
