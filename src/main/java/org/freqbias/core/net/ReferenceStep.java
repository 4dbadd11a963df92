package org.freqbias.core.net;

import java.util.Arrays;

/**
 * The plain gradient-descent step, straight from the formulas with Math.cos / Math.sin at every
 * (neuron, sample) pair, in 1D or 2D: the reference that {@link StepKernel} is tested and
 * benchmarked against.
 *
 * <p>Loss = 1/2 sum_i (f(x_i) - g_i)^2 cell (cell = dx^d); with r_i = f(x_i) - g_i and
 * s = cell / sqrt(m): dL/da_j = s sum_i r_i cos(w_j . x_i), dL/dc_j = s sum_i r_i sin(w_j . x_i),
 * dL/dw_jk = s sum_i r_i x_ik (-a_j sin(w_j . x_i) + c_j cos(w_j . x_i)).
 */
public final class ReferenceStep {

    private ReferenceStep() {
    }

    /**
     * The gradient in any dimension d: frequency components w[k][j] (k &lt; d), points[i][k], target
     * g[i], quadrature weight cell; writes gw[k][j], ga, gc and returns the loss. Modifies only gw, ga, gc.
     */
    public static double gradient(double[][] w, double[] a, double[] c, double[][] points, double[] g, double cell,
            double[][] gw, double[] ga, double[] gc) {
        int m = a.length;
        int d = w.length;
        double[] r = Features.evaluate(w, a, c, points);
        double loss = 0;
        for (int i = 0; i < points.length; i++) {
            r[i] -= g[i];
            loss += r[i] * r[i];
        }
        double s = cell / Math.sqrt(m);
        double[] sw = new double[d];
        for (int j = 0; j < m; j++) {
            double sa = 0, sc = 0;
            Arrays.fill(sw, 0);
            for (int i = 0; i < points.length; i++) {
                double t = Features.phase(w, j, points[i]);
                double cos = Math.cos(t);
                double sin = Math.sin(t);
                sa += r[i] * cos;
                sc += r[i] * sin;
                double h = -a[j] * sin + c[j] * cos;
                for (int k = 0; k < d; k++) {
                    sw[k] += r[i] * points[i][k] * h;
                }
            }
            ga[j] = s * sa;
            gc[j] = s * sc;
            for (int k = 0; k < d; k++) {
                gw[k][j] = s * sw[k];
            }
        }
        return 0.5 * loss * cell;
    }

    /**
     * One full-batch step in any dimension (arguments as in
     * {@link #gradient(double[][], double[], double[], double[][], double[], double, double[][], double[], double[])});
     * modifies w, a, c; returns the loss before the step.
     */
    public static double step(double[][] w, double[] a, double[] c, double[][] points, double[] g, double cell,
            double eta) {
        int m = a.length;
        double[][] gw = new double[w.length][m];
        double[] ga = new double[m];
        double[] gc = new double[m];
        double loss = gradient(w, a, c, points, g, cell, gw, ga, gc);
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < w.length; k++) {
                w[k][j] -= eta * gw[k][j];
            }
            a[j] -= eta * ga[j];
            c[j] -= eta * gc[j];
        }
        return loss;
    }
}
