package org.freqbias.core.pde;

/**
 * Order-16 CRAM for exp(-x) on x >= 0. Published in incomplete partial-fraction form,
 * <pre>
 *   r(x) = alpha_0 prod_j f_j(x),   f_j(x) = 1 + alpha_j / (-x - theta_j) + conj(alpha_j) / (-x - conj(theta_j)),
 * </pre>
 * and converted here to plain partial fractions r(x) = alpha_0 + sum_j 2 Re( c_j / (-x - theta_j) )
 * with the residues c_j = alpha_0 alpha_j prod_{k != j} f_k(at -x = theta_j).
 */
final class CramCoefficients {

    static final double ALPHA0 = 2.124853710495224e-16;
    static final double[] THETA_RE = {
        3.509103608414918, 5.948152268951177, -5.264971343442647, 1.419375897185666,
        6.416177699099435, 4.993174737717997, -1.413928462488886, -10.84391707869699};
    static final double[] THETA_IM = {
        8.436198985884374, 3.587457362018322, 16.22022147316793, 10.92536348449672,
        1.194122393370139, 5.996881713603942, 13.49772569889275, 19.27744616718165};
    private static final double[] ALPHA_RE = {
        5.464930576870210e+3, 9.045112476907548e+1, 2.344818070467641e+2, 9.453304067358312e+1,
        7.283792954673409e+2, 3.648229059594851e+1, 2.547321630156819e+1, 2.394538338734709e+1};
    private static final double[] ALPHA_IM = {
        -3.797983575308356e+4, -1.115537522430261e+3, -4.228020157070496e+2, -2.951294291446048e+2,
        -1.205646080220011e+5, -1.155509621409682e+2, -2.639500283021502e+1, -5.650522971778156e+0};

    static final double[] RESIDUE_RE = new double[THETA_RE.length];
    static final double[] RESIDUE_IM = new double[THETA_RE.length];

    static {
        for (int j = 0; j < THETA_RE.length; j++) {
            double pr = ALPHA0 * ALPHA_RE[j];
            double pi = ALPHA0 * ALPHA_IM[j];
            for (int k = 0; k < THETA_RE.length; k++) {
                if (k != j) {
                    // f_k(w) at w = theta_j: 1 + alpha_k / (w - theta_k) + conj(alpha_k) / (w - conj(theta_k))
                    double[] t1 = divide(ALPHA_RE[k], ALPHA_IM[k], THETA_RE[j] - THETA_RE[k], THETA_IM[j] - THETA_IM[k]);
                    double[] t2 = divide(ALPHA_RE[k], -ALPHA_IM[k], THETA_RE[j] - THETA_RE[k], THETA_IM[j] + THETA_IM[k]);
                    double fr = 1 + t1[0] + t2[0];
                    double fi = t1[1] + t2[1];
                    double nr = pr * fr - pi * fi;
                    pi = pr * fi + pi * fr;
                    pr = nr;
                }
            }
            RESIDUE_RE[j] = pr;
            RESIDUE_IM[j] = pi;
        }
    }

    private CramCoefficients() {
    }

    private static double[] divide(double ar, double ai, double br, double bi) {
        double d = br * br + bi * bi;
        return new double[] {(ar * br + ai * bi) / d, (ai * br - ar * bi) / d};
    }
}
