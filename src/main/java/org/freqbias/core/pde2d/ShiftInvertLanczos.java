package org.freqbias.core.pde2d;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.freqbias.core.numeric.TridiagonalEigen;

/**
 * y(t) = exp(-t H) w0, H = M^-1 A, for every t in [0, tMax] from one shift-and-invert Krylov basis
 * (M the mass matrix, A >= 0 the operator; both symmetric, so H is self-adjoint in the M-inner product).
 *
 * <p><b>Method.</b> Lanczos in the M-inner product on Z = (M + gamma A)^-1 M = (I + gamma H)^-1, one
 * solve with the factor of M + gamma A per vector: Z V_k = V_k T_k + beta_k v_(k+1) e_k^T, v_1 =
 * w0 / beta_0, beta_0 = ||w0||_M, T_k tridiagonal. With H_k = (T_k^-1 - I) / gamma,
 * <pre>
 *   y_k(t) = beta_0 V_k exp(-t H_k) e_1,   exp(-t H_k) = Q exp(-t Eta) Q^T,  T_k = Q diag(mu) Q^T, eta = (1/mu - 1)/gamma.
 * </pre>
 * The eigenvalues of Z lie in (0, 1] whatever the stiffness of A, so the basis grows only slowly with
 * the mesh and sigma_a: 14-18 vectors on the samples, 62 on plane-waves with sigma_a = 5, where a
 * polynomial Krylov method needs about 3.5 sqrt(lambda_max tMax) products with H, each a solve with
 * M (118 on plane-waves at sigma_a = 1, 5 times that at 5).
 *
 * <p><b>Error bound (a posteriori).</b> Multiplying the Lanczos relation by I + gamma H gives
 * H V_k = V_k H_k - (beta_k / gamma) (I + gamma H) v_(k+1) e_k^T T_k^-1, so y_k solves
 * y' = -H y + r(s) with the residual r(s) = -(beta_k / gamma) g(s) (I + gamma H) v_(k+1),
 * g(s) = beta_0 e_k^T T_k^-1 exp(-s H_k) e_1, and y_k(0) = w0. The error e = exp(-tH) w0 - y_k then
 * solves e' = -H e - r, e(0) = 0, i.e. e(t) = -integral_0^t exp(-(t - s) H) r(s) ds, and
 * <pre>
 *   ||e(t)||_M <= (beta_k / gamma) integral_0^t ||exp(-(t - s) H) (I + gamma H) v_(k+1)||_M |g(s)| ds
 *              <= (beta_k / gamma) integral_0^t D(t - s) |g(s)| ds                      ({@link ResidualBound}),
 * </pre>
 * because exp(-tau H) is a contraction in the M-norm (H is M-self-adjoint and >= 0) that also damps
 * the stiff part of the residual: D(tau) = min(R, kappa(tau), zeta kappa2(tau)) bounds the norm in
 * the integral from R >= ||(I + gamma H) v_(k+1)||_M, zeta = ||Z v_(k+1)||_M and ||v_(k+1)||_M = 1.
 * R = sqrt(2 z^T D^-1 z), z = (M + gamma A) v_(k+1), D = diag(M), bounds ||z||_(M^-1) =
 * ||(I + gamma H) v_(k+1)||_M since M >= D / 2 for P1 triangles (Wathen 1987: every element mass
 * matrix is within [1/2, 2] of its diagonal); zeta costs one more solve, which is the next step's.
 * The basis grows until the bound, divided by beta_0, is at most the tolerance at every requested
 * time. Nothing here needs V_k to stay orthogonal (the relation holds to rounding for plain
 * Lanczos), so there is no reorthogonalization (full reorthogonalization changed no error on
 * plane-waves). Measured: the bound is 3-40 times the true error on the samples; far more on very
 * stiff problems (6e-9 against 8e-13 at sigma_a = 100), where it costs vectors, not validity.
 *
 * <p><b>Shift.</b> gamma = tMax / {@link #SHIFT_DIVISOR}: at the tolerance 1e-8 the basis has 18
 * vectors on plane-waves (tMax = 5; true error 6e-10 over the 51 snapshot times) and 14 on
 * image-gaussian (tMax = 20; 2e-9); for the same true error tMax / 10 and tMax / 40 needed 2-4
 * more vectors on plane-waves.
 */
final class ShiftInvertLanczos {

    /** gamma = tMax / SHIFT_DIVISOR. */
    static final double SHIFT_DIVISOR = 20;

    /** The basis never grows beyond this; {@link #converged()} is false if the bound was not met by then. */
    static final int MAX_DIMENSION = 80;

    /** The bound is first checked at this basis size, then every {@link #CHECK_EVERY} vectors. */
    private static final int FIRST_CHECK = 4;
    private static final int CHECK_EVERY = 2;

    /** beta_k below this fraction of |alpha_k| + beta_(k-1) is rounding noise: the basis spans an invariant subspace. */
    private static final double INVARIANT = 1e-10;

    private final List<double[]> basis;
    private final double[] rates;
    private final DMatrixRMaj eigenvectors;
    private final double beta0;
    private final double bound;
    private final boolean converged;

    private ShiftInvertLanczos(List<double[]> basis, double[] rates, DMatrixRMaj eigenvectors, double beta0,
            double bound, boolean converged) {
        this.basis = basis;
        this.rates = rates;
        this.eigenvectors = eigenvectors;
        this.beta0 = beta0;
        this.bound = bound;
        this.converged = converged;
    }

    /**
     * Builds the basis for {@code w0} (read only) until the error bound at each of {@code times}
     * (ascending, > 0) is at most {@code tolerance} ||w0||_M, or {@link #MAX_DIMENSION} vectors.
     *
     * @param shifted M + gamma A, whose factor {@code factor} is
     */
    static ShiftInvertLanczos run(StencilMatrix mass, StencilMatrix shifted, GridCholesky factor, double gamma,
            double[] w0, double[] times, double tolerance) {
        int n = w0.length;
        double[] mv = new double[n];
        mass.multiply(w0, mv);
        double beta0 = Math.sqrt(Math.max(0, dot(w0, mv)));
        List<double[]> basis = new ArrayList<>();
        if (beta0 == 0) {
            return new ShiftInvertLanczos(basis, new double[0], new DMatrixRMaj(0, 0), 0, 0, true);
        }
        double[] v = scaled(w0, 1 / beta0);
        scale(mv, 1 / beta0);
        double[] previous = null;
        double[] alpha = new double[MAX_DIMENSION];
        double[] beta = new double[MAX_DIMENSION];
        double[] inverseDiagonal = new double[n];
        for (int i = 0; i < n; i++) {
            inverseDiagonal[i] = 1 / mass.diag[i];
        }
        double[] workspace = factor.workspace();
        double[] pending = null;                               // Z v_j when a bound check already solved for it
        for (int j = 0; ; j++) {
            basis.add(v);
            double[] w = pending != null ? pending : solved(factor, mv, workspace);     // w = Z v_j
            pending = null;
            alpha[j] = dot(mv, w);                             // <v_j, Z v_j>_M
            axpy(-alpha[j], v, w);
            if (previous != null) {
                axpy(-beta[j - 1], previous, w);
            }
            double[] mw = new double[n];
            mass.multiply(w, mw);
            int k = j + 1;
            beta[j] = Math.sqrt(Math.max(0, dot(w, mw)));
            // beta_k ~ rounding: Z maps the basis into itself (w0 lies in an invariant subspace), y_k is exact
            // up to the bound, which scales with beta_k; normalizing the noise left in w would spoil T.
            boolean invariant = beta[j] <= INVARIANT * (Math.abs(alpha[j]) + (j > 0 ? beta[j - 1] : 0));
            if (beta[j] == 0) {
                return finish(basis, alpha, beta, k, gamma, beta0);
            }
            scale(w, 1 / beta[j]);
            scale(mw, 1 / beta[j]);
            if (invariant || k >= FIRST_CHECK && (k - FIRST_CHECK) % CHECK_EVERY == 0 || k == MAX_DIMENSION) {
                pending = solved(factor, mw, workspace);                  // Z v_(k+1): zeta now, the next step's solve later
                double[] z = new double[n];
                shifted.multiply(w, z);
                double residualNorm = Math.sqrt(2 * weightedSquare(z, inverseDiagonal));
                mass.multiply(pending, z);
                double smoothedNorm = Math.sqrt(Math.max(0, dot(pending, z)));
                Spectral t = Spectral.of(alpha, beta, k, gamma);
                double estimate = t.bound(beta[j], residualNorm, smoothedNorm, times, tolerance);
                if (estimate <= tolerance || invariant || k == MAX_DIMENSION) {
                    return new ShiftInvertLanczos(basis, t.rates, t.vectors, beta0, estimate, estimate <= tolerance);
                }
            }
            previous = v;
            v = w;
            mv = mw;
        }
    }

    /** (M + gamma A)^-1 rhs, a new array. */
    private static double[] solved(GridCholesky factor, double[] rhs, double[] workspace) {
        double[] x = rhs.clone();
        factor.solve(x, workspace);
        return x;
    }

    /** The basis when beta_k = 0 exactly: y_k is exact (the residual vanishes). */
    private static ShiftInvertLanczos finish(List<double[]> basis, double[] alpha, double[] beta, int k, double gamma,
            double beta0) {
        Spectral t = Spectral.of(alpha, beta, k, gamma);
        return new ShiftInvertLanczos(basis, t.rates, t.vectors, beta0, 0, true);
    }

    /** Basis size k. */
    int dimension() {
        return basis.size();
    }

    /** The error bound met at every requested time, relative to ||w0||_M. */
    double relativeBound() {
        return bound;
    }

    /** ||w0||_M. */
    double initialNorm() {
        return beta0;
    }

    boolean converged() {
        return converged;
    }

    /** y_k(t) = beta_0 V_k Q exp(-t Eta) Q^T e_1, written into {@code out} (length n, overwritten). */
    void evaluate(double t, double[] out) {
        java.util.Arrays.fill(out, 0);
        int k = basis.size();
        double[] weight = new double[k];
        for (int c = 0; c < k; c++) {
            weight[c] = beta0 * eigenvectors.get(0, c) * Math.exp(-rates[c] * t);
        }
        for (int r = 0; r < k; r++) {
            double coefficient = 0;
            for (int c = 0; c < k; c++) {
                coefficient += eigenvectors.get(r, c) * weight[c];
            }
            axpy(coefficient, basis.get(r), out);
        }
    }

    /** The eigendecomposition of T_k = Q diag(mu) Q^T, with the rates eta = (1/mu - 1)/gamma of H_k. */
    private static final class Spectral {

        final double[] mu;
        final double[] rates;
        final DMatrixRMaj vectors;
        final double gamma;

        private Spectral(double[] mu, double[] rates, DMatrixRMaj vectors, double gamma) {
            this.mu = mu;
            this.rates = rates;
            this.vectors = vectors;
            this.gamma = gamma;
        }

        static Spectral of(double[] alpha, double[] beta, int k, double gamma) {
            TridiagonalEigen eig = TridiagonalEigen.of(alpha, beta, k);
            double[] mu = eig.values();
            double[] rates = new double[k];
            for (int c = 0; c < k; c++) {
                if (!(mu[c] > 0)) {
                    throw new IllegalStateException("shift-and-invert Ritz value " + mu[c] + " is not positive");
                }
                rates[c] = (1 / mu[c] - 1) / gamma;
            }
            return new Spectral(mu, rates, eig.vectors(), gamma);
        }

        /**
         * The largest {@link ResidualBound} over {@code times}, relative to beta_0 (g / beta_0 =
         * sum_c Q(k-1, c) Q(0, c) / mu_c exp(-s eta_c)): first at the last time, then, if that is
         * within {@code tolerance}, at all of them.
         */
        double bound(double betaK, double residualNorm, double smoothedNorm, double[] times, double tolerance) {
            int k = mu.length;
            double[] a = new double[k];
            for (int c = 0; c < k; c++) {
                a[c] = vectors.get(k - 1, c) * vectors.get(0, c) / mu[c];
            }
            ResidualBound bound = new ResidualBound(a, rates, betaK / gamma, residualNorm, smoothedNorm, gamma);
            double worst = bound.at(new double[] {times[times.length - 1]})[0];
            if (worst <= tolerance && times.length > 1) {
                for (double b : bound.at(times)) {
                    worst = Math.max(worst, b);
                }
            }
            return worst;
        }
    }

    /** sum_i z_i^2 w_i. */
    private static double weightedSquare(double[] z, double[] w) {
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            s += z[i] * z[i] * w[i];
        }
        return s;
    }

    static double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < a.length; i += 2) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return s0 + s1;
    }

    /** y += s x. */
    static void axpy(double s, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += s * x[i];
        }
    }

    private static void scale(double[] x, double s) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= s;
        }
    }

    private static double[] scaled(double[] x, double s) {
        double[] out = x.clone();
        scale(out, s);
        return out;
    }
}
