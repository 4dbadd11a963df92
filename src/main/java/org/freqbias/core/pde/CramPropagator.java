package org.freqbias.core.pde;

/**
 * The propagator y -> exp(-dt M^-1 A) y of the semi-discrete system M u' = -A u over one time step,
 * by the order-16 Chebyshev rational approximation (CRAM) of exp(-x) on [0, inf) in incomplete
 * partial-fraction form:
 * <pre>
 *   y_0 = y,   y_j = y_{j-1} + 2 Re( alpha_j (-dt M^-1 A - theta_j)^-1 y_{j-1} )
 *                  = y_{j-1} - 2 Re( alpha_j (dt A + theta_j M)^-1 M y_{j-1} ),   j = 1..8,
 *   exp(-dt M^-1 A) y ~= alpha_0 y_8.
 * </pre>
 * The approximation error is uniform on the whole spectrum (about 1e-15 for this symmetric
 * negative semi-definite case), so one step of any length is accurate and stiff modes are damped,
 * never amplified. Each step costs eight complex tridiagonal solves, O(n); their LDL^T factors are
 * computed once per dt. Coefficients: M. Pusa, Nucl. Sci. Eng. 182 (2016) 297-318, as tabulated in
 * OpenMC's depletion module.
 */
final class CramPropagator {

    private static final double ALPHA0 = 2.124853710495224e-16;
    private static final double[] ALPHA_RE = {
        5.464930576870210e+3, 9.045112476907548e+1, 2.344818070467641e+2, 9.453304067358312e+1,
        7.283792954673409e+2, 3.648229059594851e+1, 2.547321630156819e+1, 2.394538338734709e+1};
    private static final double[] ALPHA_IM = {
        -3.797983575308356e+4, -1.115537522430261e+3, -4.228020157070496e+2, -2.951294291446048e+2,
        -1.205646080220011e+5, -1.155509621409682e+2, -2.639500283021502e+1, -5.650522971778156e+0};
    private static final double[] THETA_RE = {
        3.509103608414918, 5.948152268951177, -5.264971343442647, 1.419375897185666,
        6.416177699099435, 4.993174737717997, -1.413928462488886, -10.84391707869699};
    private static final double[] THETA_IM = {
        8.436198985884374, 3.587457362018322, 16.22022147316793, 10.92536348449672,
        1.194122393370139, 5.996881713603942, 13.49772569889275, 19.27744616718165};

    private final Tridiagonal mass;
    private final double dt;
    private final int n;
    // Per pole j, LDL^T of B_j = dt A + theta_j M (complex symmetric): 1/D_i and l_i = B(i, i-1) / D_{i-1}.
    private final double[][] invDRe = new double[8][];
    private final double[][] invDIm = new double[8][];
    private final double[][] lRe = new double[8][];
    private final double[][] lIm = new double[8][];
    // Scratch for the forward sweep of the two vectors.
    private final double[] zaRe;
    private final double[] zaIm;
    private final double[] zbRe;
    private final double[] zbIm;

    /** Factors the eight shifted matrices for time step {@code dt} >= 0. Reads {@code mass} and {@code a}. */
    CramPropagator(Tridiagonal mass, Tridiagonal a, double dt) {
        if (!(dt >= 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("time step must be a finite number >= 0, got " + dt);
        }
        this.mass = mass;
        this.dt = dt;
        this.n = mass.size();
        for (int j = 0; j < 8; j++) {
            factor(j, a);
        }
        zaRe = new double[n];
        zaIm = new double[n];
        zbRe = new double[n];
        zbIm = new double[n];
    }

    double dt() {
        return dt;
    }

    private void factor(int j, Tridiagonal a) {
        double[] idr = new double[n];
        double[] idi = new double[n];
        double[] lr = new double[n];
        double[] li = new double[n];
        double tr = THETA_RE[j];
        double ti = THETA_IM[j];
        for (int i = 0; i < n; i++) {
            double bRe = dt * a.diag()[i] + tr * mass.diag()[i];
            double bIm = ti * mass.diag()[i];
            if (i > 0) {
                double eRe = dt * a.off()[i - 1] + tr * mass.off()[i - 1];
                double eIm = ti * mass.off()[i - 1];
                // l = e / D_{i-1} = e * invD_{i-1};  D_i = b - l e
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
    }

    /**
     * Overwrites {@code ya} and {@code yb} (two independent real nodal vectors, e.g. Re u and Im u)
     * with exp(-dt M^-1 A) applied to them. Not thread-safe: uses this object's scratch arrays.
     */
    void apply(double[] ya, double[] yb) {
        if (dt == 0) {
            return;
        }
        double[] md = mass.diag();
        double[] mo = mass.off();
        for (int j = 0; j < 8; j++) {
            double[] idr = invDRe[j];
            double[] idi = invDIm[j];
            double[] lr = lRe[j];
            double[] li = lIm[j];
            // Forward: z = L^-1 (M y).
            double par = 0, pai = 0, pbr = 0, pbi = 0;
            for (int i = 0; i < n; i++) {
                double ra = md[i] * ya[i];
                double rb = md[i] * yb[i];
                if (i > 0) {
                    ra += mo[i - 1] * ya[i - 1];
                    rb += mo[i - 1] * yb[i - 1];
                }
                if (i + 1 < n) {
                    ra += mo[i] * ya[i + 1];
                    rb += mo[i] * yb[i + 1];
                }
                double l1 = lr[i];
                double l2 = li[i];
                double nar = ra - (l1 * par - l2 * pai);
                double nai = -(l1 * pai + l2 * par);
                double nbr = rb - (l1 * pbr - l2 * pbi);
                double nbi = -(l1 * pbi + l2 * pbr);
                zaRe[i] = nar;
                zaIm[i] = nai;
                zbRe[i] = nbr;
                zbIm[i] = nbi;
                par = nar;
                pai = nai;
                pbr = nbr;
                pbi = nbi;
            }
            // Backward: x = D^-1 z - L^T x, then y -= 2 Re(alpha x).
            double ar = ALPHA_RE[j];
            double ai = ALPHA_IM[j];
            double xar = 0, xai = 0, xbr = 0, xbi = 0;
            for (int i = n - 1; i >= 0; i--) {
                double l1 = i + 1 < n ? lr[i + 1] : 0;
                double l2 = i + 1 < n ? li[i + 1] : 0;
                double d1 = idr[i];
                double d2 = idi[i];
                double nar = zaRe[i] * d1 - zaIm[i] * d2 - (l1 * xar - l2 * xai);
                double nai = zaRe[i] * d2 + zaIm[i] * d1 - (l1 * xai + l2 * xar);
                double nbr = zbRe[i] * d1 - zbIm[i] * d2 - (l1 * xbr - l2 * xbi);
                double nbi = zbRe[i] * d2 + zbIm[i] * d1 - (l1 * xbi + l2 * xbr);
                ya[i] -= 2 * (ar * nar - ai * nai);
                yb[i] -= 2 * (ar * nbr - ai * nbi);
                xar = nar;
                xai = nai;
                xbr = nbr;
                xbi = nbi;
            }
        }
        for (int i = 0; i < n; i++) {
            ya[i] *= ALPHA0;
            yb[i] *= ALPHA0;
        }
    }
}
