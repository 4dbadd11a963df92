package org.freqbias.core.net;

/**
 * The plain gradient-descent step, straight from the formulas with Math.cos / Math.sin at every
 * (neuron, sample) pair: the reference that {@link StepKernel} is tested and benchmarked against.
 *
 * <p>Loss = 1/2 sum_i (f(x_i) - g_i)^2 dx; with r_i = f(x_i) - g_i and s = dx / sqrt(m):
 * dL/da_j = s sum_i r_i cos(w_j x_i), dL/dc_j = s sum_i r_i sin(w_j x_i),
 * dL/dw_j = s sum_i r_i x_i (-a_j sin(w_j x_i) + c_j cos(w_j x_i)).
 */
public final class ReferenceStep {

    private ReferenceStep() {
    }

    /**
     * Writes the gradient of the loss at (w, a, c) into gw, ga, gc and returns the loss. xs are the
     * grid points, g the target on them, dx the quadrature weight. Modifies only gw, ga, gc.
     */
    public static double gradient(double[] w, double[] a, double[] c, double[] xs, double[] g, double dx,
            double[] gw, double[] ga, double[] gc) {
        int m = w.length;
        double[] r = FourierFeatureNetwork.evaluate(w, a, c, xs);
        double loss = 0;
        for (int i = 0; i < xs.length; i++) {
            r[i] -= g[i];
            loss += r[i] * r[i];
        }
        double s = dx / Math.sqrt(m);
        for (int j = 0; j < m; j++) {
            double sa = 0, sc = 0, sw = 0;
            for (int i = 0; i < xs.length; i++) {
                double cos = Math.cos(w[j] * xs[i]);
                double sin = Math.sin(w[j] * xs[i]);
                sa += r[i] * cos;
                sc += r[i] * sin;
                sw += r[i] * xs[i] * (-a[j] * sin + c[j] * cos);
            }
            ga[j] = s * sa;
            gc[j] = s * sc;
            gw[j] = s * sw;
        }
        return 0.5 * loss * dx;
    }

    /** One full-batch step theta -= eta grad L(theta); modifies w, a, c; returns the loss before the step. */
    public static double step(double[] w, double[] a, double[] c, double[] xs, double[] g, double dx, double eta) {
        int m = w.length;
        double[] gw = new double[m];
        double[] ga = new double[m];
        double[] gc = new double[m];
        double loss = gradient(w, a, c, xs, g, dx, gw, ga, gc);
        for (int j = 0; j < m; j++) {
            w[j] -= eta * gw[j];
            a[j] -= eta * ga[j];
            c[j] -= eta * gc[j];
        }
        return loss;
    }
}
