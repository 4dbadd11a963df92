package org.freqbias.core.pde;

import java.util.Arrays;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.numeric.GaussLegendre;

/**
 * The bilinear forms of the weak form on P1 hat functions phi_i of a {@link Mesh1D}:
 * <pre>
 *   M_ij = integral phi_i phi_j          (mass)
 *   R_ij = integral rho phi_i phi_j      (weighted mass: damping)
 *   K_ij = integral rho phi_i' phi_j'    (weighted stiffness: diffusion)
 * </pre>
 * rho is integrated per element with 5-point Gauss-Legendre, the element split at the
 * distribution's breakpoints +-b (found by binary search: a drawn density has thousands), so that a
 * density jump (a uniform band edge) is integrated exactly, as is a piecewise-linear density.
 */
public final class P1Assembly {

    private P1Assembly() {
    }

    /** The consistent mass matrix, element matrix h/6 [2 1; 1 2]: diagonal 2h/3 (h/3 at the ends), off h/6. */
    public static Tridiagonal mass(Mesh1D mesh) {
        double h = mesh.spacing();
        int n = mesh.size();
        double[] d = new double[n];
        double[] o = new double[n - 1];
        for (int e = 0; e < mesh.elements(); e++) {
            d[e] += h / 3;
            d[e + 1] += h / 3;
            o[e] = h / 6;
        }
        return new Tridiagonal(d, o);
    }

    /** R_ij = integral rho phi_i phi_j. */
    public static Tridiagonal weightedMass(Mesh1D mesh, FrequencyDistribution rho) {
        int n = mesh.size();
        double[] d = new double[n];
        double[] o = new double[n - 1];
        double[] cuts = cuts(rho);
        double h = mesh.spacing();
        for (int e = 0; e < mesh.elements(); e++) {
            double a = -mesh.halfWidth() + e * h;
            double[] m = elementMoments(rho, a, a + h, cuts);
            // With s = (xi - a) / h: phi_e = 1 - s, phi_{e+1} = s.
            d[e] += m[0] - 2 * m[1] + m[2];
            d[e + 1] += m[2];
            o[e] = m[1] - m[2];
        }
        return new Tridiagonal(d, o);
    }

    /** K_ij = integral rho phi_i' phi_j' = (1 / h^2) integral_e rho * [1 -1; -1 1] per element. */
    public static Tridiagonal weightedStiffness(Mesh1D mesh, FrequencyDistribution rho) {
        int n = mesh.size();
        double[] d = new double[n];
        double[] o = new double[n - 1];
        double[] cuts = cuts(rho);
        double h = mesh.spacing();
        for (int e = 0; e < mesh.elements(); e++) {
            double a = -mesh.halfWidth() + e * h;
            double k = elementMoments(rho, a, a + h, cuts)[0] / (h * h);
            d[e] += k;
            d[e + 1] += k;
            o[e] = -k;
        }
        return new Tridiagonal(d, o);
    }

    /** The breakpoints of rho mirrored to both signs, sorted. */
    private static double[] cuts(FrequencyDistribution rho) {
        double[] b = rho.breakpoints();
        double[] c = new double[2 * b.length];
        for (int i = 0; i < b.length; i++) {
            c[2 * i] = b[i];
            c[2 * i + 1] = -b[i];
        }
        Arrays.sort(c);
        return c;
    }

    /**
     * The moments integral_a^b rho(xi) s^p dxi for p = 0, 1, 2 with s = (xi - a) / (b - a), by
     * Gauss-Legendre on each piece of [a, b] between the cuts.
     */
    private static double[] elementMoments(FrequencyDistribution rho, double a, double b, double[] cuts) {
        double[] m = new double[3];
        double lo = a;
        int found = Arrays.binarySearch(cuts, a);
        for (int i = found >= 0 ? found : -found - 1; i < cuts.length && cuts[i] < b; i++) {
            if (cuts[i] > lo) {
                addMoments(rho, a, b, lo, cuts[i], m);
                lo = cuts[i];
            }
        }
        addMoments(rho, a, b, lo, b, m);
        return m;
    }

    private static void addMoments(FrequencyDistribution rho, double a, double b, double lo, double hi, double[] m) {
        double half = 0.5 * (hi - lo);
        double mid = 0.5 * (hi + lo);
        for (int q = 0; q < GaussLegendre.NODES.length; q++) {
            double xi = mid + half * GaussLegendre.NODES[q];
            double w = half * GaussLegendre.WEIGHTS[q] * rho.density(xi);
            double s = (xi - a) / (b - a);
            m[0] += w;
            m[1] += w * s;
            m[2] += w * s * s;
        }
    }
}
