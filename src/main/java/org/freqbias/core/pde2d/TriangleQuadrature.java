package org.freqbias.core.pde2d;

/**
 * A composite quadrature on a triangle for integrands rho * (P1 products): the triangle split into
 * m^2 congruent sub-triangles (edges cut in m), each with the 6-point symmetric Dunavant rule of
 * degree 4. Points are barycentric (lambda0, lambda1, lambda2), weights sum to 1 (multiply by the area).
 *
 * <p>Accuracy: a smooth rho is integrated to O((h / m)^5) per triangle of side h (the rule is exact
 * for quartics). A density that jumps across a curve (the uniform disk) is integrated to first
 * order in h / m on the triangles the curve cuts; the errors of neighbouring cut triangles largely
 * cancel. Measured (P1Assembly2DTest): with m = 4, 64 cells per axis, total mass of the disk of
 * radius 5 inside Xi = 8 is off by 7e-5 relative with this rule alone, 2.6e-6 with the refinement
 * of {@link ElementQuadrature} on the triangles the circle crosses.
 */
final class TriangleQuadrature {

    /** Dunavant degree 4: two orbits of three points {centre-side value, other two, weight of each point}. */
    private static final double[][] ORBITS = {
        {0.108103018168070, 0.445948490915965, 0.223381589678011},
        {0.816847572980459, 0.091576213509771, 0.109951743655322},
    };

    private final double[][] points;
    private final double[] weights;

    /** The rule with the triangle cut into {@code m}^2 sub-triangles. */
    TriangleQuadrature(int m) {
        int subs = m * m;
        points = new double[subs * 6][];
        weights = new double[subs * 6];
        int q = 0;
        // Sub-triangles in reference coordinates (s, t) on the lattice a/m, b/m: "up" and "down" ones.
        for (int a = 0; a < m; a++) {
            for (int b = 0; a + b < m; b++) {
                q = addSub(q, m, new double[][] {{a, b}, {a + 1, b}, {a, b + 1}});
                if (a + b < m - 1) {
                    q = addSub(q, m, new double[][] {{a + 1, b}, {a + 1, b + 1}, {a, b + 1}});
                }
            }
        }
    }

    private int addSub(int q, int m, double[][] corners) {
        for (double[] orbit : ORBITS) {
            for (int rot = 0; rot < 3; rot++) {
                double[] mu = {orbit[1], orbit[1], orbit[1]};
                mu[rot] = orbit[0];
                double s = 0;
                double t = 0;
                for (int v = 0; v < 3; v++) {
                    s += mu[v] * corners[v][0] / m;
                    t += mu[v] * corners[v][1] / m;
                }
                points[q] = new double[] {1 - s - t, s, t};
                weights[q] = orbit[2] / (m * m);
                q++;
            }
        }
        return q;
    }

    int size() {
        return weights.length;
    }

    /** Barycentric coordinates of point q (the array itself: do not modify). */
    double[] point(int q) {
        return points[q];
    }

    double weight(int q) {
        return weights[q];
    }
}
