package org.freqbias.core.numeric;

/** The Bessel function J0, for Hankel transforms of radial densities. */
public final class Bessel {

    /** From here on the asymptotic series is used: its smallest term is then far below double precision. */
    static final double ASYMPTOTIC_FROM = 25;

    private Bessel() {
    }

    /**
     * J0(x). For |x| below {@link #ASYMPTOTIC_FROM}: (1/pi) integral_0^pi cos(x sin theta) d theta
     * by the trapezoid rule in theta, which converges geometrically for this periodic integrand
     * (2 |x| + 40 points give double precision). Beyond it, Hankel's expansion
     * J0(x) = sqrt(2 / (pi x)) (P cos(x - pi/4) - Q sin(x - pi/4)), P and Q summed until their
     * terms drop below 1e-17: a few dozen operations instead of 2 |x| cosines, which is what
     * makes the radial characteristic function affordable on a 2D lag grid.
     */
    public static double j0(double x) {
        double ax = Math.abs(x);
        if (ax >= ASYMPTOTIC_FROM) {
            return asymptotic(ax);
        }
        return trapezoid(x);
    }

    static double trapezoid(double x) {
        int n = (int) (2 * Math.abs(x)) + 40;
        double h = Math.PI / n;
        double sum = 0.5 * (1 + Math.cos(x * Math.sin(Math.PI)));
        for (int k = 1; k < n; k++) {
            sum += Math.cos(x * Math.sin(k * h));
        }
        return sum / n;
    }

    /**
     * P = sum_k (-1)^k a_2k / x^2k, Q = sum_k (-1)^k a_(2k+1) / x^(2k+1) with
     * a_k = prod_(j=1..k) (-(2j - 1)^2) / (k! 8^k) (nu = 0).
     */
    private static double asymptotic(double x) {
        double p = 0;
        double q = 0;
        double term = 1; // a_k / x^k
        for (int k = 0; k < 60 && Math.abs(term) > 1e-17; k++) {
            double signed = (k / 2) % 2 == 0 ? term : -term;
            if (k % 2 == 0) {
                p += signed;
            } else {
                q += signed;
            }
            double odd = 2 * k + 1;
            term *= -odd * odd / (8 * (k + 1) * x);
        }
        double chi = x - Math.PI / 4;
        return Math.sqrt(2 / (Math.PI * x)) * (p * Math.cos(chi) - q * Math.sin(chi));
    }
}
