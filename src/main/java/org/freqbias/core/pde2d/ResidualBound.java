package org.freqbias.core.pde2d;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.freqbias.core.numeric.GaussLegendre;

/**
 * The a-posteriori error bound of a {@link ShiftInvertLanczos} approximation at a time t,
 * <pre>
 *   B(t) = c integral_0^t D(t - s) |g(s)| ds,    g(s) = sum_j a_j exp(-eta_j s),
 *   D(tau) = min(R, kappa(tau), zeta kappa2(tau)),
 *   kappa(tau)  = sup_(l >= 0) exp(-tau l)(1 + gamma l)   = (gamma / tau) exp(tau / gamma - 1)    for tau < gamma,   1 beyond,
 *   kappa2(tau) = sup_(l >= 0) exp(-tau l)(1 + gamma l)^2 = (2 gamma / tau)^2 exp(tau / gamma - 2) for tau < 2 gamma, 1 beyond,
 * </pre>
 * with c = beta_k / gamma, R >= ||(I + gamma H) v||_M and zeta = ||(I + gamma H)^-1 v||_M for
 * v = v_(k+1), ||v||_M = 1. D(tau) bounds ||exp(-tau H)(I + gamma H) v||_M: in M-orthonormal
 * eigenvectors of H, v = sum c_l x_l and the square is sum exp(-2 tau l)(1 + gamma l)^2 c_l^2; each
 * factor exp(-tau l)(1 + gamma l) is at most kappa(tau), and at most kappa2(tau) / (1 + gamma l),
 * which with sum c_l^2 / (1 + gamma l)^2 = zeta^2 gives the third bound; the first is
 * exp(-tau H) <= I. So the residual counts only as much as the flow has not yet damped it: in stiff
 * problems (sigma_a >> 1) it lives in a transient of g near s = 0 and in stiff modes (zeta < 1),
 * which R or kappa alone would count in full.
 *
 * <p>Evaluation: D is non-increasing, so the part over [0, t/2] is at most D(t/2) integral_0^(t/2)
 * |g| (equal for t >= 4 gamma, where D is constant there), with the integral of |g| accumulated once
 * for all times on panels graded towards 0 (the fast exponentials of g); the part over [t/2, t] is
 * integrated on panels graded towards s = t, where D peaks. 5-point Gauss-Legendre, two panels per
 * octave or per interval between times.
 */
final class ResidualBound {

    private static final int PANELS = 2;

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

    /** B(t) at each of {@code times} (ascending, > 0). */
    double[] at(double[] times) {
        double[] halfway = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            halfway[i] = times[i] / 2;
        }
        double[] early = cumulativeAbsG(halfway);
        double[] out = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            double t = times[i];
            double late = graded(tau -> damping(tau) * Math.abs(g(t - tau)), t / 2, octaves(t / 2 / gamma * residualNorm));
            out[i] = scale * (damping(t / 2) * early[i] + late);
        }
        return out;
    }

    private double g(double s) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * Math.exp(-eta[j] * s);
        }
        return sum;
    }

    /** D(tau) = min(R, kappa(tau), zeta kappa2(tau)). */
    private double damping(double tau) {
        double kappa = tau >= gamma ? 1 : gamma / tau * Math.exp(tau / gamma - 1);
        double q = 2 * gamma / tau;
        double kappa2 = tau >= 2 * gamma ? 1 : q * q * Math.exp(tau / gamma - 2);
        return Math.min(residualNorm, Math.min(kappa, smoothedNorm * kappa2));
    }

    /** integral_0^x |g| at each x of {@code points} (ascending), on breakpoints graded towards 0 plus the points. */
    private double[] cumulativeAbsG(double[] points) {
        double last = points[points.length - 1];
        int octaves = octaves(last * fastest);
        double[] breaks = new double[octaves + points.length + 1];       // breaks[octaves + points.length] = 0
        for (int o = 0; o < octaves; o++) {
            breaks[o] = last * Math.pow(0.5, octaves - o);
        }
        System.arraycopy(points, 0, breaks, octaves, points.length);
        breaks = Arrays.stream(breaks).sorted().distinct().toArray();
        double[] out = new double[points.length];
        double sum = 0;
        int next = 0;
        for (int b = 0; b + 1 < breaks.length; b++) {
            sum += GaussLegendre.integrate(s -> Math.abs(g(s)), breaks[b], breaks[b + 1], PANELS);
            while (next < points.length && points[next] <= breaks[b + 1]) {
                out[next++] = sum;
            }
        }
        return out;
    }

    /** Octaves needed to grade [0, L] down to L / ratio, at least one. */
    private static int octaves(double ratio) {
        return Math.max(1, (int) Math.ceil(Math.log(4 * Math.max(ratio, 1)) / Math.log(2)));
    }

    /** integral_0^length f on panels [L 2^-(o+1), L 2^-o] for o < octaves, then [0, L 2^-octaves]. */
    private static double graded(DoubleUnaryOperator f, double length, int octaves) {
        double sum = 0;
        double upper = length;
        for (int o = 0; o <= octaves; o++) {
            double lower = o == octaves ? 0 : upper / 2;
            sum += GaussLegendre.integrate(f, lower, upper, PANELS);
            upper = lower;
        }
        return sum;
    }
}
