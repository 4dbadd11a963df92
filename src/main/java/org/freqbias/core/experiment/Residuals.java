package org.freqbias.core.experiment;

/** r = f - g, elementwise. */
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
}
