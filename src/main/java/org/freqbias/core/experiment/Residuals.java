package org.freqbias.core.experiment;

/** The residual r = f - g and its loss. */
final class Residuals {

    private Residuals() {
    }

    static double[] of(double[] fit, double[] target) {
        double[] r = new double[fit.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = fit[i] - target[i];
        }
        return r;
    }

    /** Loss = 1/2 sum r_i^2 dx (THEORY.md section 2). */
    static double loss(double[] residual, double dx) {
        double sum = 0;
        for (double r : residual) {
            sum += r * r;
        }
        return 0.5 * sum * dx;
    }
}
