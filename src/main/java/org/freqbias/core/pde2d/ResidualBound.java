package org.freqbias.core.pde2d;

import org.freqbias.core.numeric.GaussLegendre;

/**
 * The a-posteriori error bound of a {@link ShiftInvertLanczos} approximation at a time t,
 * <pre>
 *   B(t) = c integral_0^t min(R, kappa(t - s)) |g(s)| ds,    g(s) = sum_j a_j exp(-eta_j s),
 *   kappa(tau) = sup_(lambda >= 0) exp(-tau lambda) (1 + gamma lambda) = (gamma / tau) exp(tau / gamma - 1) for tau < gamma, 1 beyond,
 * </pre>
 * with min(R, kappa, zeta kappa2) in place of min(R, kappa) ({@link #damping}), where c = beta_k / gamma,
 * R >= ||(I + gamma H) v||_M and zeta = ||(I + gamma H)^-1 v||_M for v = v_(k+1) (||v||_M = 1), and
 * kappa2(tau) = sup_lambda exp(-tau lambda)(1 + gamma lambda)^2 = (2 gamma / tau)^2 exp(tau / gamma - 2)
 * for tau < 2 gamma, 1 beyond. Each of the three bounds ||exp(-tau H)(I + gamma H) v||_M: expand v
 * in M-orthonormal eigenvectors of H, v = sum c_l x_l, so the square is sum exp(-2 tau l)(1 + gamma l)^2
 * c_l^2, and exp(-tau l)(1 + gamma l) is at most R / |...| summed (R), at most kappa, and at most
 * kappa2 / (1 + gamma l). The residual is thus damped by the flow before it reaches t; for stiff
 * problems (R ~ 1e4 at sigma_a = 20) it lives in a transient of g near s = 0 and in stiff modes
 * (zeta << 1), which R alone, or kappa alone, would count in full.
 *
 * <p>Quadrature: 5-point Gauss-Legendre on panels graded towards s = 0 (down to the decay time of
 * the fastest exponential of g) and towards s = t (down to where kappa reaches R), each octave cut
 * in four to follow sign changes of g.
 */
final class ResidualBound {

    private static final int PANELS_PER_OCTAVE = 4;

    private final double[] a;
    private final double[] eta;
    private final double scale;
    private final double residualNorm;
    private final double smoothedNorm;
    private final double gamma;
    private final double fastest;

    /**
     * @param a the weights of g
     * @param eta the rates of g (>= 0 up to rounding)
     * @param scale c = beta_k / gamma
     * @param residualNorm R
     * @param smoothedNorm zeta
     */
    ResidualBound(double[] a, double[] eta, double scale, double residualNorm, double smoothedNorm, double gamma) {
        this.a = a;
        this.eta = eta;
        this.scale = scale;
        this.residualNorm = residualNorm;
        this.smoothedNorm = smoothedNorm;
        this.gamma = gamma;
        double max = 0;
        for (double e : eta) {
            max = Math.max(max, e);
        }
        this.fastest = max;
    }

    /** B(t). */
    double at(double t) {
        double split = t / 2;
        // [0, t/2] graded towards 0 (transients of g), [t/2, t] graded towards t (the peak of kappa at tau = 0).
        double early = graded(s -> damping(t - s) * Math.abs(g(s)), 0, split, octaves(split * fastest));
        double late = graded(tau -> damping(tau) * Math.abs(g(t - tau)), 0, t - split,
            octaves((t - split) / gamma * residualNorm));
        return scale * (early + late);
    }

    private double g(double s) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * Math.exp(-eta[j] * s);
        }
        return sum;
    }

    /** The bound min(R, kappa(tau), zeta kappa2(tau)) on ||exp(-tau H)(I + gamma H) v_(k+1)||_M. */
    private double damping(double tau) {
        double kappa = tau >= gamma ? 1 : gamma / tau * Math.exp(tau / gamma - 1);
        double q = 2 * gamma / tau;
        double kappa2 = tau >= 2 * gamma ? 1 : q * q * Math.exp(tau / gamma - 2);
        return Math.min(residualNorm, Math.min(kappa, smoothedNorm * kappa2));
    }

    /** Octaves needed to grade [0, L] down to L / ratio (ratio = L over the finest scale), at least one. */
    private static int octaves(double ratio) {
        return Math.max(1, (int) Math.ceil(Math.log(4 * Math.max(ratio, 1)) / Math.log(2)));
    }

    /** integral_from^to f, panels [L 2^-(o+1), L 2^-o] (offsets from {@code from}) for o < octaves, then [0, L 2^-octaves]. */
    private static double graded(java.util.function.DoubleUnaryOperator f, double from, double to, int octaves) {
        double sum = 0;
        double upper = to - from;
        for (int o = 0; o <= octaves; o++) {
            double lower = o == octaves ? 0 : upper / 2;
            sum += GaussLegendre.integrate(f, from + lower, from + upper, PANELS_PER_OCTAVE);
            upper = lower;
        }
        return sum;
    }
}
