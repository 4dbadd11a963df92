package org.freqbias.core.numeric;

/**
 * Quantiles of the standard normal law by Wichura's algorithm AS 241 (PPND16, Applied Statistics
 * 37, 1988): rational approximations in three regions with a relative error of about 1e-16, the
 * method R's qnorm uses.
 */
public final class NormalQuantile {

    private static final double[] A = {3.3871328727963666080, 133.14166789178437745, 1971.5909503065514427,
        13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105,
        2509.0809287301226727};
    private static final double[] B = {1.0, 42.313330701600911252, 687.18700749205790830,
        5394.1960214247511077, 21213.794301586595867, 39307.895800092710610, 28729.085735721942674,
        5226.4952788528545610};
    private static final double[] C = {1.42343711074968357734, 4.63033784615654529590, 5.76949722146069140550,
        3.64784832476320460504, 1.27045825245236838258, 0.241780725177450611770, 0.0227238449892691845833,
        7.74545014278341407640e-4};
    private static final double[] D = {1.0, 2.05319162663775882187, 1.67638483018380384940,
        0.689767334985100004550, 0.148103976427480074590, 0.0151986665636164571966,
        5.47593808499534494600e-4, 1.05075007164441684324e-9};
    private static final double[] E = {6.65790464350110377720, 5.46378491116411436990, 1.78482653991729133580,
        0.296560571828504891230, 0.0265321895265761230930, 0.00124266094738807843860,
        2.71155556874348757815e-5, 2.01033439929228813265e-7};
    private static final double[] F = {1.0, 0.599832206555887937690, 0.136929880922735805310,
        0.0148753612908506148525, 7.86869131145613259100e-4, 1.84631831751005468180e-5,
        1.42151175831644588870e-7, 2.04426310338993978564e-15};

    private NormalQuantile() {
    }

    /**
     * The s >= 0 with P(|Z| <= s) = u for a standard normal Z, u in [0, 1): the inverse CDF of the
     * half-normal law, Phi^-1((1 + u) / 2). Written in terms of u / 2 and (1 - u) / 2 so that
     * neither end loses digits to 1 + u. u = 1 gives infinity.
     */
    public static double halfNormal(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("u must lie in [0, 1], got " + u);
        }
        double q = 0.5 * u;                       // Phi(s) - 1/2
        if (q <= 0.425) {
            double r = 0.180625 - q * q;
            return q * horner(A, r) / horner(B, r);
        }
        double tail = 0.5 * (1 - u);              // 1 - Phi(s); 1 - u is exact for u >= 1/2
        if (tail == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double r = Math.sqrt(-Math.log(tail));
        return r <= 5 ? horner(C, r - 1.6) / horner(D, r - 1.6) : horner(E, r - 5) / horner(F, r - 5);
    }

    /** c[0] + c[1] x + ... + c[n-1] x^(n-1). */
    private static double horner(double[] c, double x) {
        double s = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) {
            s = s * x + c[i];
        }
        return s;
    }
}
