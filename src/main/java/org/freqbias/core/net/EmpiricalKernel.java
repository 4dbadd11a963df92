package org.freqbias.core.net;

/**
 * The empirical neural tangent kernel of a finite network, the sum over all parameters of
 * df(x)/dtheta df(y)/dtheta. With h_j(x) = -a_j sin(w_j . x) + c_j cos(w_j . x):
 *
 * <pre>
 *   Theta(x, y) = (1/m) sum_j [ cos(w_j . x) cos(w_j . y) + sin(w_j . x) sin(w_j . y)
 *                               + (x . y) h_j(x) h_j(y) ]
 * </pre>
 *
 * The first two terms come from a_j and c_j, the last from the components of w_j. As m grows it
 * tends to (1 + sigma_a^2 x . y) phi(x - y) with phi(z) = E[cos(w . z)] (THEORY.md section 3), in
 * 1D and 2D alike.
 */
public final class EmpiricalKernel {

    private EmpiricalKernel() {
    }

    /**
     * The n x n matrix Theta(points[k], points[l]) of {@code net}, points[k] a d-vector (fresh
     * arrays; points is not modified). d &lt;= 2: a 1D network's missing second coordinate
     * contributes exact zeros.
     */
    public static double[][] matrix(FourierFeatureNetwork net, double[][] points) {
        double[][] w = net.frequencies();
        double[] a = net.cosineWeights();
        double[] c = net.sineWeights();
        int n = points.length;
        int d = w.length;
        double[][] theta = new double[n][n];
        double[] cos = new double[n];
        double[] sin = new double[n];
        double[][] dw = new double[2][n];
        double[] d0 = dw[0];
        double[] d1 = dw[1];
        for (int j = 0; j < a.length; j++) {
            for (int k = 0; k < n; k++) {
                double t = Features.phase(w, j, points[k]);
                cos[k] = Math.cos(t);
                sin[k] = Math.sin(t);
                double h = -a[j] * sin[k] + c[j] * cos[k];
                for (int e = 0; e < d; e++) {
                    dw[e][k] = points[k][e] * h;
                }
            }
            for (int k = 0; k < n; k++) {
                double[] row = theta[k];
                for (int l = 0; l < n; l++) {
                    row[l] += cos[k] * cos[l] + sin[k] * sin[l] + d0[k] * d0[l] + d1[k] * d1[l];
                }
            }
        }
        for (double[] row : theta) {
            for (int l = 0; l < n; l++) {
                row[l] /= a.length;
            }
        }
        return theta;
    }
}
