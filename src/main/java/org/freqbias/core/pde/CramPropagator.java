package org.freqbias.core.pde;

/**
 * The propagator y -> exp(-dt M^-1 A) y of the semi-discrete system M u' = -A u over one time step,
 * by the order-16 Chebyshev rational approximation (CRAM) r(x) of exp(-x) on [0, inf), in partial
 * fractions over its eight conjugate pole pairs theta_j:
 * <pre>
 *   r(dt M^-1 A) y = alpha_0 y + 2 Re sum_j c_j (-dt M^-1 A - theta_j)^-1 y
 *                  = alpha_0 y - 2 Re sum_j c_j (dt A + theta_j M)^-1 M y     (y real).
 * </pre>
 * The error |r(x) - exp(-x)| is below about 1e-15 on the whole spectrum, so a step of any length is
 * accurate and stiff modes are damped, never amplified. A step costs eight complex symmetric
 * tridiagonal solves, O(n), processed two poles at a time so that the recurrences overlap; the
 * LDL^T factors are computed once per dt.
 *
 * <p>Coefficients: the incomplete-partial-fraction (IPF) form of M. Pusa, Nucl. Sci. Eng. 182
 * (2016) 297-318, as tabulated in OpenMC's depletion module; {@link CramCoefficients} converts them
 * to the residues c_j.
 */
final class CramPropagator {

    private static final int POLES = CramCoefficients.THETA_RE.length;

    private final Tridiagonal mass;
    private final double dt;
    private final int n;
    // Per pole j, LDL^T of B_j = dt A + theta_j M (complex symmetric, no pivoting needed since
    // Im B_j = Im theta_j M is definite): 1/D_i, l_i = B(i, i-1) / D_{i-1} (l_0 = 0), and
    // lNext_i = l_{i+1} (lNext_{n-1} = 0) for the backward sweep.
    private final double[][] invDRe = new double[POLES][];
    private final double[][] invDIm = new double[POLES][];
    private final double[][] lRe = new double[POLES][];
    private final double[][] lIm = new double[POLES][];
    private final double[][] lNextRe = new double[POLES][];
    private final double[][] lNextIm = new double[POLES][];
    // Scratch: M y for both vectors, then the forward-sweep values of two poles x two vectors.
    private final double[] ra;
    private final double[] rb;
    private final double[][] z;

    /** Factors the eight shifted matrices for time step {@code dt} >= 0. Reads {@code mass} and {@code a}. */
    CramPropagator(Tridiagonal mass, Tridiagonal a, double dt) {
        if (!(dt >= 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("time step must be a finite number >= 0, got " + dt);
        }
        this.mass = mass;
        this.dt = dt;
        this.n = mass.size();
        for (int j = 0; j < POLES; j++) {
            factor(j, a);
        }
        ra = new double[n];
        rb = new double[n];
        z = new double[8][n];
    }

    double dt() {
        return dt;
    }

    private void factor(int j, Tridiagonal a) {
        double[] idr = new double[n];
        double[] idi = new double[n];
        double[] lr = new double[n];
        double[] li = new double[n];
        double tr = CramCoefficients.THETA_RE[j];
        double ti = CramCoefficients.THETA_IM[j];
        for (int i = 0; i < n; i++) {
            double bRe = dt * a.diag()[i] + tr * mass.diag()[i];
            double bIm = ti * mass.diag()[i];
            if (i > 0) {
                double eRe = dt * a.off()[i - 1] + tr * mass.off()[i - 1];
                double eIm = ti * mass.off()[i - 1];
                // l = e / D_{i-1};  D_i = b - l e
                double l1 = eRe * idr[i - 1] - eIm * idi[i - 1];
                double l2 = eRe * idi[i - 1] + eIm * idr[i - 1];
                lr[i] = l1;
                li[i] = l2;
                bRe -= l1 * eRe - l2 * eIm;
                bIm -= l1 * eIm + l2 * eRe;
            }
            double norm = bRe * bRe + bIm * bIm;
            idr[i] = bRe / norm;
            idi[i] = -bIm / norm;
        }
        invDRe[j] = idr;
        invDIm[j] = idi;
        lRe[j] = lr;
        lIm[j] = li;
        lNextRe[j] = new double[n];
        lNextIm[j] = new double[n];
        System.arraycopy(lr, 1, lNextRe[j], 0, n - 1);
        System.arraycopy(li, 1, lNextIm[j], 0, n - 1);
    }

    /**
     * Overwrites {@code ya} and {@code yb} (two independent real nodal vectors, e.g. Re u and Im u)
     * with exp(-dt M^-1 A) applied to them. Not thread-safe: uses this object's scratch arrays.
     */
    void apply(double[] ya, double[] yb) {
        if (dt == 0) {
            return;
        }
        mass.multiply(ya, ra);
        mass.multiply(yb, rb);
        for (int i = 0; i < n; i++) {
            ya[i] *= CramCoefficients.ALPHA0;
            yb[i] *= CramCoefficients.ALPHA0;
        }
        for (int j = 0; j < POLES; j += 2) {
            forward(j, j + 1);
            backward(j, j + 1, ya, yb);
        }
    }

    /** z = L^-1 r for poles p and q and both right-hand sides: four independent recurrences. */
    private void forward(int p, int q) {
        double[] plr = lRe[p], pli = lIm[p], qlr = lRe[q], qli = lIm[q];
        double[] z0 = z[0], z1 = z[1], z2 = z[2], z3 = z[3], z4 = z[4], z5 = z[5], z6 = z[6], z7 = z[7];
        double par = 0, pai = 0, pbr = 0, pbi = 0, qar = 0, qai = 0, qbr = 0, qbi = 0;
        for (int i = 0; i < n; i++) {
            double a = ra[i], b = rb[i];
            double l1 = plr[i], l2 = pli[i], m1 = qlr[i], m2 = qli[i];
            double npar = a - l1 * par + l2 * pai;
            double npai = -l1 * pai - l2 * par;
            double npbr = b - l1 * pbr + l2 * pbi;
            double npbi = -l1 * pbi - l2 * pbr;
            double nqar = a - m1 * qar + m2 * qai;
            double nqai = -m1 * qai - m2 * qar;
            double nqbr = b - m1 * qbr + m2 * qbi;
            double nqbi = -m1 * qbi - m2 * qbr;
            z0[i] = par = npar;
            z1[i] = pai = npai;
            z2[i] = pbr = npbr;
            z3[i] = pbi = npbi;
            z4[i] = qar = nqar;
            z5[i] = qai = nqai;
            z6[i] = qbr = nqbr;
            z7[i] = qbi = nqbi;
        }
    }

    /** x = D^-1 z - L^T x for poles p and q, then y -= 2 Re(c_p x_p + c_q x_q) for both vectors. */
    private void backward(int p, int q, double[] ya, double[] yb) {
        double[] pdr = invDRe[p], pdi = invDIm[p], plr = lNextRe[p], pli = lNextIm[p];
        double[] qdr = invDRe[q], qdi = invDIm[q], qlr = lNextRe[q], qli = lNextIm[q];
        double cpr = 2 * CramCoefficients.RESIDUE_RE[p], cpi = 2 * CramCoefficients.RESIDUE_IM[p];
        double cqr = 2 * CramCoefficients.RESIDUE_RE[q], cqi = 2 * CramCoefficients.RESIDUE_IM[q];
        double[] z0 = z[0], z1 = z[1], z2 = z[2], z3 = z[3], z4 = z[4], z5 = z[5], z6 = z[6], z7 = z[7];
        double par = 0, pai = 0, pbr = 0, pbi = 0, qar = 0, qai = 0, qbr = 0, qbi = 0;
        for (int i = n - 1; i >= 0; i--) {
            double d1 = pdr[i], d2 = pdi[i], l1 = plr[i], l2 = pli[i];
            double e1 = qdr[i], e2 = qdi[i], m1 = qlr[i], m2 = qli[i];
            double npar = z0[i] * d1 - z1[i] * d2 - l1 * par + l2 * pai;
            double npai = z0[i] * d2 + z1[i] * d1 - l1 * pai - l2 * par;
            double npbr = z2[i] * d1 - z3[i] * d2 - l1 * pbr + l2 * pbi;
            double npbi = z2[i] * d2 + z3[i] * d1 - l1 * pbi - l2 * pbr;
            double nqar = z4[i] * e1 - z5[i] * e2 - m1 * qar + m2 * qai;
            double nqai = z4[i] * e2 + z5[i] * e1 - m1 * qai - m2 * qar;
            double nqbr = z6[i] * e1 - z7[i] * e2 - m1 * qbr + m2 * qbi;
            double nqbi = z6[i] * e2 + z7[i] * e1 - m1 * qbi - m2 * qbr;
            ya[i] -= cpr * npar - cpi * npai + cqr * nqar - cqi * nqai;
            yb[i] -= cpr * npbr - cpi * npbi + cqr * nqbr - cqi * nqbi;
            par = npar;
            pai = npai;
            pbr = npbr;
            pbi = npbi;
            qar = nqar;
            qai = nqai;
            qbr = nqbr;
            qbi = nqbi;
        }
    }
}
