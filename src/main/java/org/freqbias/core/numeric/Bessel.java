package org.freqbias.core.numeric;

/** The Bessel function J0, for Hankel transforms of radial densities. */
public final class Bessel {

    private Bessel() {
    }

    /**
     * J0(x) = (1/pi) integral_0^pi cos(x sin theta) d theta, by the trapezoid rule in theta, which
     * converges geometrically for this periodic integrand: 2 |x| + 40 points give double precision.
     */
    public static double j0(double x) {
        int n = (int) (2 * Math.abs(x)) + 40;
        double h = Math.PI / n;
        double sum = 0.5 * (1 + Math.cos(x * Math.sin(Math.PI)));
        for (int k = 1; k < n; k++) {
            sum += Math.cos(x * Math.sin(k * h));
        }
        return sum / n;
    }
}
