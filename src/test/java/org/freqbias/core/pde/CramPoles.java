package org.freqbias.core.pde;

/**
 * Test access to the order-16 CRAM table of {@link CramCoefficients} for references in other packages:
 * exp(-x) ~ alpha_0 + sum_j 2 Re(c_j / (-x - theta_j)) on x >= 0, to about 1e-15.
 */
public final class CramPoles {

    private CramPoles() {
    }

    public static int count() {
        return CramCoefficients.THETA_RE.length;
    }

    public static double alpha0() {
        return CramCoefficients.ALPHA0;
    }

    public static double thetaRe(int j) {
        return CramCoefficients.THETA_RE[j];
    }

    public static double thetaIm(int j) {
        return CramCoefficients.THETA_IM[j];
    }

    public static double residueRe(int j) {
        return CramCoefficients.RESIDUE_RE[j];
    }

    public static double residueIm(int j) {
        return CramCoefficients.RESIDUE_IM[j];
    }
}
